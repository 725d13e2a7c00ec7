"""General knowledge of the page, curated in tables (``kzlib/data/rules/*.csv``), not in code.

These are facts about documents in general, not about any text or topic, so they are package data rather than
part of a user's codebook:

==========================  ==================================================================================
table                       what its rows are
==========================  ==================================================================================
``boilerplate.csv``         press-release furniture: ``line`` rows are whole lines that are neither title,
                            heading nor body ("FOR IMMEDIATE RELEASE"; a date may follow on the same line);
                            ``prefix`` rows open lines that are never a title or heading ("Contact: ...");
                            ``byline`` and ``credit`` rows open bylines ("By", "Written by") and credits
                            ("Source", "Photo"), never a title or heading either; a paragraph of a byline's
                            lead and names only is the authors' (:data:`AUTHORS_LINE`); ``reporting`` rows open a
                            news agency's credit line ("(Reporting by A in Tashkent; Editing by B)"), whose
                            places are where the reporters were (:data:`CREDIT_LINE`); ``signature`` rows open a
                            signatory's line at a statement's foot ("For Japan: Ishiba Shigeru, Prime Minister"),
                            a paragraph of its own (:data:`SIGNATURE_LINE`); ``signed`` rows open the foot line
                            of signing ("Done in Tokyo on 19 December 2024"), the document's own date, no event,
                            and no actor mentions in its place and languages (:data:`SIGNING_LINE`), when
                            nothing but an 'in' phrase holding a ``signed tail`` word (its languages or copies:
                            "in two originals") follows its date (:data:`SIGNING_TAIL`); ``genre`` rows are a
                            document kind's label before its title's colon ("FACT SHEET: ..."), no speaker's turn
``speaker_labels.csv``      labels that open a speaker's turn in a transcript ("Q:", "MODERATOR:"); an
                            all-capital label before a colon ("THE PRESIDENT:") is one too
``speaker_titles.csv``      titles before a surname in capitals and a period that open a turn in a hearing's
                            transcript as the GPO prints it ("Senator SHAHEEN.", "Mr. LU.", "Mr. McCONNELL.")
``time_words.csv``          time-of-day and time-zone tokens ("P.M.", "EDT"): never names
``future_cues.csv``         words of what is to come, with a column per test: ``plan`` rows are cues of a clause
                            about it ("will", "hopes to", "pledged to", "next"): a month or day without a year
                            in such a clause is the next one after the date of writing, and a date after one in
                            its sentence is a plan (:data:`FUTURE_CUE`); ``sentence`` rows make a whole
                            sentence speak of it ("will", "would", "target"), unless the date's own part is
                            told in the past (:data:`FUTURE_WORD`)
``months.csv``              month names by language, for an ordinal day with a period ("3. März 2022",
                            which no sentence boundary may cut) and for the dates of languages other than
                            English (the English forms are the date grammar's own)
``month_abbreviations.csv`` the English month abbreviations ("Sept"): the date grammar's, the date lines' and
                            a sentence end's after one ("in Jan. Then")
``numero_signs.csv``        abbreviations of a number ("No. 14"), which the segmenter reads as such before any
                            word: before a capitalised word that is no numeral the full stop ends a sentence
                            ("No. Kazakhstan asked …", an answer)
``stance_nouns.csv``        nouns of a stance towards a party ("commitment", "support"): a statement of one
                            ("emphasized the U.S. commitment to Central Asia") is directed at that party
``effect_nouns.csv``        nouns of what an act does to a party ("impact", "effects"): the party after
                            on/upon is the one it falls on ("ignored the impact of its sanctions on X": X)
``private_groups.csv``      plural nouns of people or firms acting on their own account ("investors",
                            "companies"): "American investors" are not the American government
``currencies.csv``          ISO 4217 currency codes ("USD", "EUR"): never names
``group_adjectives.csv``    adjectives naming an armed group ("Islamist", "separatist") and the group: "the armed
                            Islamist incursions" are the incursions of the armed Islamists (other:armed Islamists)
``group_nouns.csv``         plural nouns of people described as a group ("pundits", "specialists", "great powers"):
                            as a subject the codebook does not know they act as other:<their noun phrase>
``recognized_nouns.csv``    what one recognizes as a status granted ("annexation", "independence"), not as a fact
                            noted: "has never recognized the annexation" is a stance, not a statement
``standard_nouns.csv``      what one lives up to ("commitments", "deadline", "quota") or a response one meets
                            ("resistance", "criticism"): "meet" with such an object is no contact ("met its
                            commitments", "met resistance")
``saying_verbs.csv``        verbs of saying, past and present ("said", "stresses"): in "X said (that) it would"
                            the pronoun is the one who says; ``recipient`` "yes": a verb of telling, whose
                            recipient may stand before a clause reported without "that" ("told reporters China had")
``demonyms.csv``            states and their adjectives ("Chile", "Chilean"): a place word directly before a
                            state body's alias ("the Chilean Congress") names that place's body, not the
                            codebook's ("Congress" of the United States)
``institution_words.csv``   words of institutions' names: ``after`` rows make a place or people word before them
                            part of a name ("Moscow State University", "the Astana Times": no state); ``run`` rows
                            head a research body's name, so a name among the capitalised words before them is
                            inside it ("the Carnegie Russia Eurasia Center") (:data:`INSTITUTION_AFTER`,
                            :data:`INSTITUTION_RUN`)
``name_heads.csv``          nouns that end a proper name ("Ministry", "Forum", "Strategy"): ``suggests`` gives the
                            type of an unknown name that holds one in the candidates table (organization, format,
                            initiative); ``head`` rows keep a connector after them inside the name ("Ministry of
                            Foreign Affairs"); ``body`` rows after a region's adjective name a body, not the region
                            ("the European Court of Human Rights") (:func:`whole_words` makes each a regex)
``small_words.csv``         words a title-cased heading may keep in lower case ("between", "and", "the"); ``opens``
                            rows need a word after them, so a line ending with one is no heading (:data:`OPENING_WORDS`)
``notes_headings.csv``      headings after which every block is a note ("Notes", "References", "Works cited")
``acronym_words.csv``       common words an actor's acronym spells ("US", "AID"): in all-capital text ("JOIN US")
                            the capitals are the word, unless after THE
``name_forms.csv``          ``woman's honorific`` rows ("Mrs", "Ms"): before a surname alone they name someone
                            else than the man the codebook knows by it; ``surname ending`` rows ("ov", "ev"): a
                            surname so ending with an "a" added is a woman of the name, no misspelling
``the_words.csv``           words that make a name take "the" in running prose ("United", "Union", "Republic")
``head_titles.csv``         titles of a head of state or government ("President", "Prime Minister"): a person named
                            after one is his side's leader, whom "the two leaders" names when only his state was given
``effort_nouns.csv``        nouns of an undertaking towards an aim ("effort", "bid"): a step of no code taken "in
                            its effort to" reach a coded aim is coded by that aim
``not_infinitives.csv``     words after "to" that make no infinitive ("to about 5%", "to date"): no deadline of
                            a target follows them (:data:`NOT_INFINITIVES`)
``place_to_words.csv``      words that make the "to" after them no recipient's ("close to the Russian border",
                            "prior to", "according to"): the actor in that phrase is no target
``motion_verbs.csv``        verbs of going somewhere, every form ("flew", "travels"): the place after "to" behind one
                            is where one goes, and an infinitive after it the goer's aim ("flew to Moscow to meet
                            Putin": Tokayev meets) (:data:`MOTION_VERBS`)
``possibility_cues.csv``    words of a possibility or a condition ("may", "could", "if"): a state whose date has
                            one before it in its own part of the sentence is no dated happening ("a referendum may
                            be held next year") (:data:`POSSIBILITY_CUE`)
==========================  ==================================================================================

Each table is read once, when this module is imported (the tables ship with the package and do not change).
"""

from __future__ import annotations

import csv
import re

from . import rxcache
from .paths import PACKAGE

RULES = PACKAGE / "data" / "rules"


def _rows(name: str) -> list[dict]:
    with open(RULES / name, encoding="utf-8", newline="") as f:
        return [{k: (v or "").strip() for k, v in r.items()} for r in csv.DictReader(f)]


def alternation(words) -> str:
    """``words`` as one regex alternation, each escaped, longest first (so "Sept." is tried before "Sep."), words of
    one length in alphabetical order (which cannot change a match: no two of them match at one place, or they match
    the same text) so that the regex is the same text in every process (:mod:`kzlib.rxcache` keeps it by its text)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def whole_words(words) -> str:
    """A regex of any of ``words`` as a whole word, longest first: ``\\b(?:Road Map|Ministry|…)\\b``."""
    return rf"\b(?:{alternation(words)})\b"


_BOILERPLATE = _rows("boilerplate.csv")
_DATEISH = r"(?:[A-Z][a-z]+\.?\s+\d|\d{1,2}\.?\s+[A-Z]|\d{4}-\d\d)"  # what a date on the same line starts with
# a whole line of press-release furniture, alone
BOILERPLATE_LINE = rxcache.compile(
    rf"(?:{alternation(r['pattern'] for r in _BOILERPLATE if r['kind'] == 'line')})[\s:.–—-]*"
)
# the same furniture with a date after it on its line ("FOR IMMEDIATE RELEASE: March 5, 2024"): group ``rest``
BOILERPLATE_BEFORE_DATE = rxcache.compile(
    rf"(?:{alternation(r['pattern'] for r in _BOILERPLATE if r['kind'] == 'line')})[\s:.,–—-]+(?={_DATEISH})"
)
# a line that opens with furniture is never a title or heading ("Contact: Press Office")
BOILERPLATE_PREFIX = rxcache.compile(
    rf"(?:{alternation(r['pattern'] for r in _BOILERPLATE if r['kind'] == 'prefix')})(?![\w])"
)

_BYLINE = [r["pattern"] for r in _BOILERPLATE if r["kind"] == "byline"]
# a line that opens with a byline or a credit ("By Jane Smith", "Source: Ministry of Energy"): no title or heading
BYLINE = rxcache.compile(
    rf"(?:{alternation(r['pattern'] for r in _BOILERPLATE if r['kind'] in ('byline', 'credit', 'reporting'))})\b[:\s]"
)
# a signatory's line: the lead, a party's name and a colon ("For the Republic of Kazakhstan: Kassym-Jomart Tokayev,
# President"; "On behalf of Japan:")
SIGNATURE_LINE = rxcache.compile(
    rf"(?:{alternation(r['pattern'] for r in _BOILERPLATE if r['kind'] == 'signature')})[ \t]+(?:the[ \t]+)?"
    r"[A-Z][^:\r\n]{0,80}:(?=[ \t]|$)"
)
# a statement's foot line of signing: the lead and a place, then its date ("Done in Tokyo on 19 December 2024";
# "Signed at Astana, 3 March 2020"): group ``lead`` ends where the date begins
SIGNING_LINE = rxcache.compile(
    rf"(?P<lead>(?:{alternation(r['pattern'] for r in _BOILERPLATE if r['kind'] == 'signed')})[ \t]+"
    r"(?:the[ \t]+)?[A-Z][\w'’.-]*(?:,?[ \t]+[A-Z][\w'’.-]*){0,4},?[ \t]+(?:on[ \t]+)?)(?=\S)"
)
# what may follow the date of a foot line of signing: an 'in' phrase of its languages or copies ("in the Kazakh,
# Japanese and English languages", "in two originals"; ``signed tail`` rows), no clause or other phrase ("Signed in
# Tashkent on 5 May 2023, the deal will …", "… in the presence of …" are sentences)
SIGNING_TAIL = rxcache.compile(
    rf"(?:,?\s+in\s+[^.;:]*?\b(?:{alternation(r['pattern'] for r in _BOILERPLATE if r['kind'] == 'signed tail')})"
    r"\b[^.;:]*)?\.?\s*"
)
_REPORTING = [r["pattern"] for r in _BOILERPLATE if r["kind"] == "reporting"]
# the lower-case words a credit line holds: those of its leads ("Additional reporting by") and the links of names
# and places ("A in Tashkent and B of Reuters")
_CREDIT_LOWER = sorted({w for p in _REPORTING for w in p.split() if w.islower()} | {"in", "and", "by", "of"})
# a word of a credit line: a name, a place, a number or punctuation (no lower-case start), or one of _CREDIT_LOWER
_CREDIT_WORD = rf"(?:[^\sa-z()][^\s()]*|(?:{alternation(_CREDIT_LOWER)})[;,.]?)"
_CREDIT_BODY = rf"(?:{alternation(_REPORTING)})[^\S\n]+[A-Z][^\s()]*(?:[^\S\n]+{_CREDIT_WORD}){{0,80}}"
# a news agency's credit line, bracketed when it opens with a bracket, and no sentence: "(Reporting by A in Tashkent
# and B in Almaty; Editing by C)"; "Compiled by Astana officials, the report says …" is a body paragraph
CREDIT_LINE = rxcache.compile(rf"(?![^\n]*[a-z]{{2}}[.!?]\s)(?:\({_CREDIT_BODY}\)\.?|{_CREDIT_BODY})")
CREDIT_OPENERS = ("(", *_REPORTING)  # what a credit line opens with


def credit_line(text: str) -> bool:
    """Whether ``text`` is a credit line (:data:`CREDIT_LINE`, whole): one that opens with neither a bracket nor a
    lead is not matched (its look-ahead for a sentence's end reads a whole paragraph)."""
    return text.startswith(CREDIT_OPENERS) and CREDIT_LINE.fullmatch(text) is not None


# a byline: "By" and names only, no sentence ("By Dilnoza Karimova and Peter Lindqvist", "BY J. SMITH, Reuters")
AUTHORS_LINE = rxcache.compile(rf"(?:{alternation(_BYLINE)})\s+[A-Z](?:(?![a-z]{{2}}[.!?](?:\s|$))[^\n]){{0,120}}")

_LABELS = [r["label"] for r in _rows("speaker_labels.csv")]
# a hearing's turn as the GPO prints it: a title, a surname in capitals ("of" and a state may follow) and a period
_HEARING = [r["title"] for r in _rows("speaker_titles.csv")]
_WHOLE_LABELS = [t for t in _HEARING if t.split()[-1].isupper()]  # "The CHAIRMAN": a label of its own
HEARING_LABEL = (
    rf"(?:(?:{alternation(_WHOLE_LABELS)})|(?:{alternation(t for t in _HEARING if t not in _WHOLE_LABELS)})"
    r"[ \t]+(?:Mc|Mac)?[A-Z][A-Z'’-]+(?:[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?)(?=\.[ \t]+[A-Z])"
)
# a turn in a United Nations meeting record: a courtesy title or office of speaker_titles.csv, a name, and the
# delegation in brackets before the colon ("Mr. Umarov (Kazakhstan):", "Mrs. Thomas-Greenfield (United States of
# America):"; group ``delegation``, the state the speaker speaks for), or the chair ("The President:", group
# ``chair``, naming nobody), either with the language spoken after it ("(spoke in Russian)")
UN_LABEL = (
    rf"(?:(?:{alternation(t for t in _HEARING if t not in _WHOLE_LABELS)})[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){{0,3}}"
    r"[ \t]+\((?P<delegation>[A-Z][^()\r\n]{1,80})\)|(?P<chair>The[ \t]+(?:President|Acting[ \t]+President|Chair)))"
    r"(?:[ \t]+\(spoke[ \t]+in[ \t]+[A-Z][a-z]+\))?(?=:[ \t]+\S)"
)
# a speaker label of more than one letter listed in speaker_labels.csv ("QUESTION", "MODERATOR", "Moderator")
LISTED_LABEL = alternation(lab for lab in _LABELS if len(lab) > 1)
# a document kind's label before its title's colon ("FACT SHEET:", "TRANSCRIPT:"): no speaker's turn
GENRE_LABEL = rf"(?:{alternation(r['pattern'] for r in _BOILERPLATE if r['kind'] == 'genre')}):"
# a speaker's turn: a listed label ("Q:", "Q.", "MODERATOR:"), a hearing's label, or an all-capital label before a
# colon ("THE PRESIDENT:", "MR. SMITH:", "SECRETARY BLINKEN:") and words in ordinary case (so "PART ONE: THE
# BACKGROUND", a heading, is no turn), then the words spoken; a document kind's label ("FACT SHEET: U.S.-Kazakhstan
# Economic Partnership", a title) is no speaker
SPEAKER_TURN = rxcache.compile(
    rf"(?:(?:{LISTED_LABEL}):|Q[:.]|A:)(?=[ \t]+\S)|{HEARING_LABEL}\.|{UN_LABEL}:|"
    rf"(?!{GENRE_LABEL})"
    r"[A-Z][A-Z'’.-]*(?:[ \t]+[A-Z][A-Z'’.-]*){0,4}:(?=[ \t]+\S[^\r\n]*[a-z])"
)

_FUTURE = _rows("future_cues.csv")
_PLAN = [r["cue"] for r in _FUTURE if r["plan"] == "yes"]
# a clause about what is to come: "will", "hopes to", "next" (whole words, any case)
FUTURE_CUE = rxcache.compile(
    rf"(?:(?<![\w’'])(?:{alternation(c for c in _PLAN if c[0].isalpha())})"
    rf"|(?<=\w)(?:{alternation(c for c in _PLAN if not c[0].isalpha())}))(?![\w’'])",  # "we'll": a clitic
    re.IGNORECASE,
)
# a sentence that speaks of what is to come: "will", "would", "target" (between word boundaries, any case)
FUTURE_WORD = rxcache.compile(
    rf"\b(?:{alternation(r['cue'] for r in _FUTURE if r['sentence'] == 'yes')})\b", re.IGNORECASE
)
# the literal cues of each, lower-cased: a match of either pattern in ASCII text is one of them in its lower case
FUTURE_CUE_WORDS = tuple(sorted({c.lower() for c in _PLAN}))
FUTURE_WORD_WORDS = tuple(sorted({r["cue"].lower() for r in _FUTURE if r["sentence"] == "yes"}))

_TIME_WORDS = _rows("time_words.csv")
TIME_WORDS = frozenset(r["token"] for r in _TIME_WORDS)

_MONTHS = _rows("months.csv")
MONTH_NAMES = {r["name"]: int(r["month"]) for r in _MONTHS}  # "März" -> 3, "March" -> 3
# the English month names in calendar order (the rows of language "en"): the date grammar's full month names
ENGLISH_MONTHS = tuple(
    r["name"] for r in sorted((r for r in _MONTHS if r["language"] == "en"), key=lambda r: int(r["month"]))
)
# the English month abbreviations the date grammar reads ("Sept. 2019") and a sentence end may follow ("in Jan.")
MONTH_ABBR = {r["abbreviation"]: int(r["month"]) for r in _rows("month_abbreviations.csv")}
# abbreviations of a number ("No.", "nos."): a sentence ends after one before a capitalised word that is no numeral
NUMERAL_ABBR = frozenset(r["abbreviation"] for r in _rows("numero_signs.csv"))
# every month name of months.csv as one regex alternation, longest first ("Sept." before "Sep."): the one the date
# grammar (timex), the date lines (structure) and the ordinal day below all use
ANY_MONTH = "|".join(re.escape(m) for m in sorted(MONTH_NAMES, key=len, reverse=True))
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# a weekday before a date line's date ("Tuesday, 5 January 2021"), or nothing (structure's date lines, timex's own date)
WEEKDAY_LEAD = rf"(?:(?:{'|'.join(WEEKDAY_NAMES)}),?\s+)?"
# an ordinal day with a period before a month name, and the year after it: "3. März", "14. Okt. 2022" (a
# sentence goes on after each period)
ORDINAL_DAY_MONTH = rxcache.compile(  # led by a digit (not a look-behind), so the engine skips ahead to one
    rf"\d(?<![\w.]\d)\d?\.\s+(?:{ANY_MONTH})(?![\w])(?:\s+\d{{4}}(?!\w))?"
)

# "American investors", "Chinese companies": people or firms of a country, not its government
PRIVATE_GROUPS = frozenset(r["noun"].lower() for r in _rows("private_groups.csv"))

# "emphasized the U.S. commitment to Central Asia": a stance towards the party named after to/for
STANCE_NOUNS = frozenset(r["noun"].lower() for r in _rows("stance_nouns.csv"))

# "ignored the impact of its sanctions on Kazakhstan": what an act does to the party named after on/upon
EFFECT_NOUNS = frozenset(r["noun"].lower() for r in _rows("effect_nouns.csv"))

# "has never recognized the annexation": a status granted, not a fact noted
RECOGNIZED_NOUNS = frozenset(r["noun"].lower() for r in _rows("recognized_nouns.csv"))

# "met its commitments": a standard lived up to, not a party met
STANDARD_NOUNS = frozenset(r["noun"].lower() for r in _rows("standard_nouns.csv"))

# "X said (that) it would", "X stresses it will": the pronoun is the one who says
_SAYING = _rows("saying_verbs.csv")
SAYING_VERBS = frozenset(r["verb"].lower() for r in _SAYING)
MOTION_VERBS = frozenset(r["verb"].lower() for r in _rows("motion_verbs.csv"))

# "told reporters China had", "informed the Senate Russia would": the reported clause's subject follows the recipient
TELLING_VERBS = frozenset(r["verb"].lower() for r in _SAYING if r["recipient"] == "yes")

# "the armed Islamist incursions": an adjective naming the group that acts → that group's plural noun
GROUP_ADJECTIVES = {r["adjective"].lower(): r["group"] for r in _rows("group_adjectives.csv")}

# "some pundits", "local specialists", "great powers": people described as a group act as other:<noun phrase>
GROUP_NOUNS = frozenset(r["noun"].lower() for r in _rows("group_nouns.csv"))

# states and their adjectives: country name → adjectives
DEMONYMS = {r["country"]: tuple(a for a in r["adjectives"].split(";") if a) for r in _rows("demonyms.csv")}
CURRENCY_CODES = frozenset(r["code"] for r in _rows("currencies.csv"))

_INSTITUTION_WORDS = _rows("institution_words.csv")
# a place or people word naming an institution: "Moscow State University", "the Astana Times"
INSTITUTION_AFTER = rxcache.compile(
    rf"\s+(?:State\s+)?(?:{alternation(r['word'] for r in _INSTITUTION_WORDS if r['kind'] == 'after')})\b"
)
# a name inside a longer proper name that ends in a research body: "the Carnegie Russia Eurasia Center"
INSTITUTION_RUN_WORDS = tuple(r["word"] for r in _INSTITUTION_WORDS if r["kind"] == "run")  # each match holds one
INSTITUTION_RUN = rxcache.compile(rf"(?:\s+[A-Z][\w'’-]+){{0,2}}\s+(?:{alternation(INSTITUTION_RUN_WORDS)})\b")

_NAME_HEADS = _rows("name_heads.csv")
# nouns that end a name, by the type they suggest for a name the codebook lacks: "Astana International Forum" (format)
NAME_TYPE_WORDS = {
    kind: tuple(r["word"] for r in _NAME_HEADS if r["suggests"] == kind)
    for kind in ("organization", "format", "initiative")
}
# nouns that head a name, so a connector after them stays inside it: "Ministry of Foreign Affairs", "Republic of Korea"
NAME_HEAD_WORDS = tuple(r["word"] for r in _NAME_HEADS if r["head"] == "yes")
# nouns of a body: after a region's adjective the name is the body's, "the European Court of Human Rights"
BODY_WORDS = tuple(r["word"] for r in _NAME_HEADS if r["body"] == "yes")

# "Uzbek President Shavkat Mirziyoyev": a person named after such a title leads his side (lower case, a space after)
HEAD_TITLES = tuple(r["title"].lower() + " " for r in _rows("head_titles.csv"))

# "in its effort to attract investors": an undertaking whose aim codes the step taken in it
EFFORT_NOUNS = frozenset(r["noun"].lower() for r in _rows("effort_nouns.csv"))

# "to about 5%", "to date": words after "to" that make no infinitive
NOT_INFINITIVES = frozenset(r["word"].lower() for r in _rows("not_infinitives.csv"))

# "close to the Russian border", "prior to", "according to": a "to" of place, time or source, no recipient's
PLACE_TO_WORDS = frozenset(r["word"].lower() for r in _rows("place_to_words.csv"))

# "Relations between Kazakhstan and the United States": words a title-cased heading may keep in lower case
_SMALL = _rows("small_words.csv")
SMALL_WORDS = frozenset(r["word"].lower() for r in _SMALL)
# articles, conjunctions, possessives in lower case: a line that ends with one ("…; and") goes on, and is no heading
# ("Annex A", "Plan A" end with a label)
OPENING_WORDS = frozenset(r["word"] for r in _SMALL if r["opens"] == "yes")

# "Notes", "References", "Works cited": a heading after which every block is a note
NOTES_HEADINGS = tuple(r["heading"] for r in _rows("notes_headings.csv"))

# "JOIN US": common words an acronym spells, which all-capital text may mean
ACRONYM_WORDS = frozenset(r["word"].lower() for r in _rows("acronym_words.csv"))

_NAME_FORMS = _rows("name_forms.csv")
# "Mrs. Xi": before a surname alone, a woman's honorific names someone other than the man of that surname
WOMENS_HONORIFICS = tuple(r["form"] for r in _NAME_FORMS if r["kind"] == "woman's honorific")
# "Karimov": a surname ending whose feminine form adds an "a" ("Karimova" is no misspelling of it)
SURNAME_ENDINGS = tuple(r["form"] for r in _NAME_FORMS if r["kind"] == "surname ending")

# "may be held next year", "if they meet in 2027": a possibility, no happening (whole words, lower case: "May")
POSSIBILITY_CUE = rxcache.compile(whole_words(r["word"] for r in _rows("possibility_cues.csv")))

# "the United States", "the European Union": words that make a name take "the" in running prose
THE_WORDS = tuple(r["word"] for r in _rows("the_words.csv"))
