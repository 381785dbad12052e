// Tests for this module come with its issue.
