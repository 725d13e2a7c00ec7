"""Actor mentions: codebook surfaces matched in paragraph text, longest match first.

Rules, in order:
1. Every codebook surface (name, alias, acronym, demonym, capital) is a candidate wherever it stands as
   whole words, case-sensitive; periods in abbreviations are optional and a hyphen may be a space
   (``US. Chamber of Commerce``, ``U.S. Kazakhstan Business Council``). Possessives need nothing special.
   A word prefixed ``non-`` is not a mention (``non-Western``), nor is a name joined by an apostrophe to more
   letters than a possessive's "s" (``Xi'an``).
2. Overlapping candidates resolve to the longest (then the leftmost); no span is counted twice.
   Blocking phrases in ``non_actors.csv`` (``South China Sea``) win like any candidate and are dropped.
3. A person's title standing right before the name joins the mention (``Secretary of State Pompeo``).
   A speaker's label opening a turn ("SECRETARY BLINKEN: ...") is read in title case: the name in it is a
   mention of the form ``speaker``; a title alone ("THE PRESIDENT:") names nobody.
   A place line in a dateline's position ("Astana, Kazakhstan" under the title) names where the text was
   issued, not who acts: a name in it is a mention of the form ``place``, once per actor, and a capital or
   demonym in it ("Astana") is no mention (the city, not its government).
4. Misspellings: a capitalised word left unmatched is resolved to an actor already named in the same
   document when it is close to one of that actor's surfaces: for names of six letters or more,
   rapidfuzz ``fuzz.ratio >= FUZZY_NAME_THRESHOLD`` with the same first letter; for acronyms of four
   letters or more, one transposition (``ESDP`` for ``ESPD``). A woman's form of a surname ("Karimova") and
   the names of a byline ("By Dilnoza Karimova and …") are no misspellings.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from . import rxcache, timex
from .lexicon import (
    ACRONYM_WORDS,
    AUTHORS_LINE,
    BODY_WORDS,
    INSTITUTION_AFTER,
    INSTITUTION_RUN,
    INSTITUTION_RUN_WORDS,
    SPEAKER_TURN,
    SURNAME_ENDINGS,
    WOMENS_HONORIFICS,
    alternation,
    credit_line,
    whole_words,
)
from .markup import visible
from .options import Options
from .phrases import compile_phrases, starts
from .spans import select_longest
from .structure import DATE_LINE, TIME_LINE, _place

if TYPE_CHECKING:
    from .codebook import Codebook
    from .document import Document

FUZZY_NAME_THRESHOLD = 85.0
# a capitalised word of six letters or more, or four to six capitals (led by its capital, so the engine skips to one)
CAPITALISED = rxcache.compile(r"[A-Z](?<![\w-].)(?:[a-z]{5,}|[A-Z]{3,5})(?![\w-])")


# where a name ends: no letter after it, nor an apostrophe joining more letters than a possessive's "s" ("Xi's" is
# Xi's, "Xi'an" a city)
NAME_END = r"(?!\w|['’](?!s(?!\w))\w)"


def _fragments(surface: str) -> list[str]:
    """Regex fragments of a surface, one per character: optional periods, a hyphen or a space between parts."""
    out: list[str] = []
    for ch in surface:
        if ch == ".":
            out.append(r"\.?")
        elif ch in "-–":
            out.append(r"[-–\s]?")
        elif ch == " ":
            out.append(r"[-\s]+" if out and out[-1] == r"\.?" else r"\s+")
        else:
            out.append(re.escape(ch))
    if surface[:4] == "the ":
        out[0] = "[tT]"
    return out


def _led_titles(titles) -> str:
    r"""The titles as an alternation, each at a word start and led by its first character (``P(?<!\w.)resident``):
    the regex engine skips ahead to a character that opens a title instead of trying every title at every position
    (the same matches as ``(?<!\w)(?:President|...)``); a title opening with a period, hyphen or space keeps the
    look-behind first."""
    alts = []
    for t in titles:
        if not t:  # an empty title: the look-behind alone, as in the plain alternation
            alts.append(r"(?<!\w)")
            continue
        first, *rest = _fragments(t)
        rest = "".join(rest)
        if first == "[tT]":  # "the ...": either case
            alts += [rf"t(?<!\w.){rest}", rf"T(?<!\w.){rest}"]
        elif t[0] not in ".-– ":  # a fragment of one character
            alts.append(rf"{first}(?<!\w.){rest}")
        else:
            alts.append(rf"(?<!\w){first}{rest}")
    return "|".join(alts)


def _matchers(cb: Codebook):
    """One trie regex over every codebook surface, the titles that may precede a person's name, and the
    surfaces by exact text (kept by the codebook: see :meth:`kzlib.codebook.Codebook.compiled`)."""
    names = compile_phrases([_fragments(s.text) for s in cb.surfaces], NAME_END) if cb.surfaces else None
    titles = rxcache.compile(rf"(?:{_led_titles(cb.title_list)})\s+$") if any(cb.title_list) else None
    exact = {(s.text, s.actor_id): s for s in cb.surfaces}
    return names, titles, exact


def choose(text: str, cb: Codebook) -> list:
    """The chosen ``(start, end, Surface)`` candidates of a text: the longest codebook surface at every word start
    (a name variant is marked ``variant``), then longest first, non-overlapping, blocking phrases included (they
    also keep a sentence boundary from cutting a name). A candidate's surface is looked up once it is chosen (the
    choice reads only its span)."""
    names, _, exact_surfaces = cb.compiled(_matchers)
    if names is None:
        return []
    found = [c for c in starts(names, text) if text[max(0, c[0] - 4) : c[0]] != "non-"]
    surf, chosen = cb.surfaces, []
    for pos, end, k in select_longest(found):
        surface = surf[k]
        said = " ".join(text[pos:end].split())
        if said != surface.text:
            exact = exact_surfaces.get((said, surface.actor_id))
            surface = exact or (surface if surface.form == "blocked" else replace(surface, form="variant"))
        chosen.append((pos, end, surface))
    return chosen


def _with_title(text: str, s: int, form: str, cb: Codebook) -> tuple[int, str]:
    titles = cb.compiled(_matchers)[1]
    m = titles.search(text, max(0, s - 40), s) if titles is not None else None
    return (m.start(), "titled") if m else (s, form)


def _fuzzy_targets(named: set[str], cb: Codebook) -> tuple[dict, list, set]:
    """Single-word surfaces of the named actors: names (by first letter, with their texts) and acronyms; and the
    names' texts (a word spelled exactly so is no misspelling)."""
    targets = [s for s in cb.surfaces if s.actor_id in named and " " not in s.text and len(s.text) >= 4]
    names: dict[str, tuple[list, list[str]]] = {}
    for t in targets:
        if not t.text.isupper() and len(t.text) >= 6:
            pool, texts = names.setdefault(t.text[0], ([], []))
            pool.append(t)
            texts.append(t.text)
    exact = {text for _, texts in names.values() for text in texts}
    return names, [t for t in targets if t.text.isupper()], exact


_RAPIDFUZZ: list = []  # rapidfuzz's fuzz, process and OSA, once imported


def _rapidfuzz():
    """rapidfuzz's ``fuzz``, ``process`` and ``OSA``, imported on first use (not with kzlib), once: an import
    statement run for every paragraph costs more than the lookups it makes."""
    if not _RAPIDFUZZ:
        from rapidfuzz import fuzz, process
        from rapidfuzz.distance import OSA

        _RAPIDFUZZ.extend((fuzz, process, OSA))
    return _RAPIDFUZZ


def _fuzzy(text: str, taken, targets: tuple[dict, list, set]):
    """Unmatched capitalised words close to a surface of an actor the document already names."""
    fuzz, process, OSA = _rapidfuzz()
    names, acronyms, exact = targets
    taken = sorted(taken)  # chosen spans never overlap, so their ends are sorted too
    starts, ends = [s for s, _ in taken], [e for _, e in taken]
    for m in CAPITALISED.finditer(text):
        s, e, word = m.start(), m.end(), m.group(0)
        k = bisect_left(starts, e) - 1  # the last span taken that starts before this word ends
        if word in exact or (k >= 0 and ends[k] > s):
            continue
        if word.isupper():
            hit = next(
                (
                    t
                    for t in acronyms
                    if len(t.text) == len(word) and sorted(t.text) == sorted(word) and OSA.distance(word, t.text) == 1
                ),
                None,
            )
        else:
            pool, texts = names.get(word[0], ([], []))
            best = (
                process.extractOne(word, texts, scorer=fuzz.ratio, score_cutoff=FUZZY_NAME_THRESHOLD) if pool else None
            )
            hit = pool[best[2]] if best else None
            if hit and word.endswith("a") and hit.text.endswith(SURNAME_ENDINGS):
                continue  # "Karimova" is a woman of the name, not "Karimov" misspelt
        if hit:
            yield s, e, hit


# context rules (INSTITUTION_AFTER, INSTITUTION_RUN of lexicon): a place or people word naming an institution, a pronoun in
# shouted text, a woman's surname
CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w'’-]+\s+$")
# a body's noun after a region's adjective: "the European Court of Human Rights", "a Central Asian Union" name a
# body, not the region (the codebook's own bodies, "European Parliament", match whole and win as the longer name)
BODY_AFTER = rxcache.compile(rf"\s+(?:[A-Z][a-z]+\s+){{0,2}}?{whole_words(BODY_WORDS)}")  # rules/name_heads.csv, body
AFTER_THE = re.compile(r"\bTHE\s+$")
HONORIFIC_FEMALE = rxcache.compile(rf"(?:^|(?<=\W))(?:{alternation(WOMENS_HONORIFICS)})\.?\s+$")  # rules/name_forms.csv


def _shouted(text: str, s: int, e: int) -> bool:
    """Whether the words around ``s:e`` are all capitals (a headline or a shouted sentence)."""
    around = text[max(0, s - 40) : e + 40]
    return sum(c.isalpha() for c in around) >= 12 and not any(c.islower() for c in around)


def may_run(text: str) -> bool:
    """Whether ``text`` holds a word that ends a research body's name (:data:`INSTITUTION_RUN_WORDS`): else no name in
    it is inside one, and :func:`not_a_mention` need not look (``runs``)."""
    return any(map(text.__contains__, INSTITUTION_RUN_WORDS))


def not_a_mention(text: str, s: int, e: int, form: str, region: bool = False, runs: bool = True) -> bool:
    """Context rules that undo a match: "George Washington University", "The Moscow Times", "American
    University" (a capital or demonym naming an institution); "the Carnegie Russia Eurasia Center" (a name inside
    a longer name of a research body); "the European Court of Human Rights" (a region's
    adjective, ``region``, naming a body); "JOIN US" (an acronym that is a common word, in all-capital text,
    unless after THE); "Mrs. Xi" (a woman's honorific before a surname alone)."""
    if form in ("metonym", "demonym") and INSTITUTION_AFTER.match(text, e):
        return True
    if runs and INSTITUTION_RUN.match(text, e) and CAPITALISED_BEFORE.search(text, max(0, s - 40), s):
        return True
    if region and form == "demonym" and BODY_AFTER.match(text, e):
        return True
    said = text[s:e]
    if said.isupper() and said.lower() in ACRONYM_WORDS and _shouted(text, s, e):
        return not AFTER_THE.search(text, max(0, s - 8), s)
    return form == "surname" and bool(HONORIFIC_FEMALE.search(text, max(0, s - 10), s))


def _place_words(cb: Codebook) -> tuple[re.Pattern, dict[str, frozenset[str]]]:
    """A pattern of a place word (a state's name or adjective of ``rules/demonyms.csv``, a codebook actor's name
    or demonym) with a possessive, ending where the text ends; and the place words each actor's state owns (its
    own and, up its affiliations, its state's)."""
    from .codebook import split
    from .lexicon import DEMONYMS

    acts = cb.actors
    own = {
        r.actor_id: {r.name, *split(r.aliases), *split(r.demonyms)}
        for r in acts.itertuples()
        if r.type in ("state", "region")
    }
    for country, adjectives in DEMONYMS.items():  # "United States" in the table is "American" in the codebook
        for words in own.values():
            if country in words or words & set(adjectives):
                words.update((country, *adjectives))
    parent = dict(zip(acts.actor_id, acts.affiliation))
    owned: dict[str, frozenset[str]] = {}
    for a in acts.actor_id[acts.affiliation.ne("") & acts.type.eq("organization")]:
        seen, up = set(), a
        while up and up not in seen and up not in own:
            seen.add(up)
            up = parent.get(up, "")
        owned[a] = frozenset(own.get(up, ()))
    words = {w for ws in own.values() for w in ws} | {w for c, a in DEMONYMS.items() for w in (c, *a)}
    pattern = rxcache.compile(rf"(?<![\w.-])(?:{alternation(words)})(?:['’]s)?\s+$")
    return pattern, owned


# "of" and a proper name after a body's name: whose body, or what it gathers ("the Congress of Peru", "of Leaders")
OF_NAME_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*)")


def _names(cb: Codebook) -> dict[str, str]:
    return dict(zip(cb.actors.actor_id, cb.actors.name))


def _bare_alias(said: str, actor_id: str, cb: Codebook) -> bool:
    """``said`` is a part of the actor's name without its state ("Congress" of "U.S. Congress"), not its own name
    ("Chevron of San Ramon", "the White House of President Biden" are theirs)."""
    name = cb.compiled(_names).get(actor_id, "")
    return said != name and said in name


def foreign_body(text: str, s: int, e: int, actor_id: str, cb: Codebook) -> bool:
    """Whether the body's name at ``s:e`` follows the name or adjective of another place, or is followed by "of"
    and a name that is not its own place: "the Chilean Congress", "Chile's Congress", "the Congress of Peru" are
    Peru's and Chile's, and "the Congress of Leaders of World and Traditional Religions" is a gathering, not the
    codebook's ``Congress`` of the United States ("the American Congress", "the Congress of the United States"
    are); the name after counts only for such a bare alias of a name (:func:`_bare_alias`). Only for
    organizations affiliated to a state."""
    pattern, owned = cb.compiled(_place_words)
    own = owned.get(actor_id)
    if own is None:
        return False
    after = OF_NAME_AFTER.match(text, e)
    if after and after.group(1) not in own and _bare_alias(text[s:e], actor_id, cb):
        return True
    m = pattern.search(text, max(0, s - 40), s)
    return bool(m) and re.sub(r"['’]s$", "", m.group(0).rstrip()) not in own


def speaker_label(text: str, cb: Codebook) -> list:
    """Codebook names inside the speaker label that opens a transcript's turn ("SECRETARY BLINKEN: Good
    afternoon."): ``(start, end, Surface)`` in ``text``, the form ``speaker``. The label is read in title case
    ("Secretary Blinken"), so a name the codebook spells "Blinken" is found in capitals; a title alone ("THE
    PRESIDENT:") names nobody here."""
    m = SPEAKER_TURN.match(text)
    if not m:
        return []
    label = m.group(0).rstrip(":.")
    # each word in capitals in title case: "SECRETARY BLINKEN", a hearing's "Secretary BLINKEN" → "Secretary Blinken"
    read = re.sub(r"\b[A-Z][A-Z'’-]+\b", lambda w: w.group(0).title(), label)
    if len(read) != len(label):  # a letter whose title case is longer: offsets would drift
        return []
    return [
        (s, e, replace(t, form="speaker"))
        for s, e, t in choose(read, cb)
        if t.actor_id and t.form != "blocked" and t.kind not in ("metonym", "demonym")
    ]


def place_line(doc: Document, k: int) -> bool:
    """Whether paragraph ``k`` is a place line in a dateline's position ("Astana, Kazakhstan" or "Washington,
    D.C." alone on its line under the title or a heading, or beside a date or time line): the structure rules
    keep it from being a heading, and it names where the text was issued."""
    p = doc.paragraphs[k]
    if len(p.text) > 80 or not _place(p.text):
        return False
    if k == 0 or doc.paragraphs[k - 1].section_id != p.section_id:
        return True  # the first paragraph under the title or a heading
    near = [doc.paragraphs[j].text.strip() for j in (k - 1, k + 1) if j < len(doc.paragraphs)]
    return any(DATE_LINE.fullmatch(t) or TIME_LINE.fullmatch(t) for t in near)


def dropped_kinds(options: Options) -> frozenset[str]:
    """The surface kinds that do not count as mentions under ``options``."""
    return frozenset(k for k, keep in (("metonym", options.metonyms), ("demonym", options.demonyms)) if not keep)


def mentions(doc: Document, cb: Codebook, options: Options | None = None) -> list[dict]:
    """One row per actor mention in the document's paragraphs."""
    options = options if options is not None else Options()
    chosen = doc.names
    drop = dropped_kinds(options)
    named = {c[2].actor_id for cs in chosen.values() for c in cs if c[2].kind not in drop} - {None}
    targets = _fuzzy_targets(named, cb)
    people, regions = cb.people, cb.regions
    owned = cb.compiled(_place_words)[1]  # the bodies foreign_body reads (it is False for every other actor)
    text, doc_id = doc.text, doc.doc_id
    rows = []
    signed = timex.signing_lines(doc)
    for k, p in enumerate(doc.paragraphs):
        # where the text, its reporters or its signatories were ("Done in Tokyo on …, in the Kazakh and Japanese languages")
        place = place_line(doc, k) or credit_line(p.text) or p.para_id in signed
        runs = may_run(p.text)
        exact = [(s, e, t, t.form) for s, e, t in chosen[p.para_id] if t.actor_id and t.kind not in drop]
        taken = [(s, e) for s, e, _ in chosen[p.para_id]]
        if p.text[:1].isupper() and (turn := SPEAKER_TURN.match(p.text)):  # a speaker's label: its name is read
            # in title case; a name the label spells as the text does ("Mr. Umarov (Kazakhstan):") is a speaker's too
            said = "delegation" if turn.group("delegation") else "chair" if turn.group("chair") else None
            a, b = turn.span(said) if said else (0, turn.end())
            # a UN delegate's label: its bracketed state is the speaker's, the language it was "spoke in" no one
            exact = [
                (s, e, t, "speaker" if e <= b else f) for s, e, t, f in exact if not (s < a or b < e <= turn.end())
            ]
            label = [
                (s, e, t, t.form) for s, e, t in speaker_label(p.text, cb) if not any(a < e and s < b for a, b in taken)
            ]
            exact, taken = exact + label, taken + [(s, e) for s, e, _, _ in label]
        fuzzy = (  # an author's name in a byline is no misspelling of an actor's
            [(s, e, t, "fuzzy") for s, e, t in _fuzzy(p.text, taken, targets) if t.kind not in drop]
            if named and not AUTHORS_LINE.fullmatch(p.text)
            else []
        )
        if place:  # where the text was issued: a name counts once per actor; a capital or demonym is the place
            exact = [c for c in exact if c[2].kind not in ("metonym", "demonym")]
            exact = [(s, e, t, "place") for s, e, t, _ in sorted(exact, key=lambda c: c[0])]
            exact = [c for i, c in enumerate(exact) if c[2].actor_id not in {x[2].actor_id for x in exact[:i]}]
            fuzzy = []
        for s, e, surface, form in sorted(exact + fuzzy, key=lambda c: c[0]):
            actor_id = surface.actor_id
            if not_a_mention(p.text, s, e, form, actor_id in regions, runs) or (
                actor_id in owned and foreign_body(p.text, s, e, actor_id, cb)
            ):
                continue
            if actor_id in people and form != "place":
                s, form = _with_title(p.text, s, form, cb)
            start, end = p.span(s, e)
            if end - start != e - s and visible(text[start:end]) != p.text[s:e]:
                continue  # crosses a page break or removed markup: not one source span (invisible characters may)
            rows.append(
                dict(
                    doc_id=doc_id,
                    actor_id=actor_id,
                    para_id=p.para_id,
                    sent_id=doc.sentence_at(p, s),
                    start=start,
                    end=end,
                    surface=text[start:end],
                    form=form,
                )
            )
    return rows
