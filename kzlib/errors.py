"""The one exception kzlib raises for input it cannot use."""


class InputError(ValueError):
    """Bad input: the message is one line that names the file and the problem."""
