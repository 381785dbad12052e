// The catalogue: index, snapshots, search. Built in issue 4.
import Claims

