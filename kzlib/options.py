"""The coding choices a reader can contest, as one documented, immutable object.

>>> kzlib.load("speech.txt", options=Options(metonyms=False))
>>> for name, opts in Options().alternatives(): ...   # each switch flipped on its own

The defaults are the conventions the README documents; every switch names its alternative.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

ACTION_SCOPES = ("clause", "sentence")
THEME_WEIGHTS = ("weighted", "flat")


@dataclass(frozen=True)
class Options:
    """Switches for the contestable coding rules.

    metonyms
        A capital or seat (``Washington``, ``Nur-Sultan``) standing alone counts as a mention of its state
        (``True``, the default), or is not counted as a mention at all (``False``).
    demonyms
        Adjectives and people-nouns (``Kazakh``, ``Americans``) count as mentions of their actor (``True``),
        or not (``False``).
    bloc_by_affiliation
        A bloc holds its listed members plus every actor affiliated to one of them, such as a state's leaders,
        agencies and companies (``True``), or only the listed members (``False``).
    action_scope
        Where an event or action looks for its actors: the clause around it, falling back to the sentence
        when the clause names nobody (``"clause"``), or always the whole sentence (``"sentence"``).
    theme_weights
        Theme terms count with their codebook weight (2 decisive, 1 ordinary, 0.5 weak; ``"weighted"``) or
        every match counts 1 (``"flat"``).
    """

    metonyms: bool = True
    demonyms: bool = True
    bloc_by_affiliation: bool = True
    action_scope: str = "clause"
    theme_weights: str = "weighted"

    def __post_init__(self):
        for name in ("metonyms", "demonyms", "bloc_by_affiliation"):
            if not isinstance(getattr(self, name), bool):
                raise ValueError(f"Options.{name} must be True or False, not {getattr(self, name)!r}")
        if self.action_scope not in ACTION_SCOPES:
            raise ValueError(f"Options.action_scope must be one of {ACTION_SCOPES}, not {self.action_scope!r}")
        if self.theme_weights not in THEME_WEIGHTS:
            raise ValueError(f"Options.theme_weights must be one of {THEME_WEIGHTS}, not {self.theme_weights!r}")

    def alternatives(self) -> list[tuple[str, Options]]:
        """Each switch flipped on its own: ``(description, options)`` pairs, in field order."""
        out = []
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, bool):
                others = [not value]
            else:
                others = [v for v in (ACTION_SCOPES if f.name == "action_scope" else THEME_WEIGHTS) if v != value]
            out += [(f"{f.name}={v!r}", replace(self, **{f.name: v})) for v in others]
        return out

    def changed(self) -> dict:
        """The switches that differ from the defaults."""
        default = Options()
        return {
            f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) != getattr(default, f.name)
        }
