"""What went wrong: the one exception kzlib raises for input it cannot use, and the cells of an executed notebook
that raised (the runbook's failures and the report index's flags)."""


class InputError(ValueError):
    """Bad input: the message is one line that names the file and the problem."""


def cell_errors(cells) -> list[tuple[int, str]]:
    """``(cell index, "Name: message")`` of every cell of an executed notebook that raised."""
    return [
        (k, f"{o.get('ename')}: {o.get('evalue')}")
        for k, c in enumerate(cells)
        for o in c.get("outputs", [])
        if o.get("output_type") == "error"
    ]
