"""The operations the command line and the window both call; each write is one transaction."""
