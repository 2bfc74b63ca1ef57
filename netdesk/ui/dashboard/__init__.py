"""The campaign dashboard: is my networking working? (issue 18)."""
