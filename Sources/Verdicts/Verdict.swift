// Verdicts and fact-checks. Built in issue 5.
import Claims

