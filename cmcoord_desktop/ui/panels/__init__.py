"""The three linked panels on the left of the window: events, sessions, marketplace tables."""
