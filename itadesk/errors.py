"""The error every layer raises when its message is meant for the user as it is."""


class UserError(Exception):
    """Something the user asked for cannot be done; str(error) says why, in the user's language."""
