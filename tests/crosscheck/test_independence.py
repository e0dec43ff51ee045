from datasketch import MinHash

from consilience.crosscheck.independence import (
    PERMUTATIONS,
    SIGNATURE_BATCH,
    _shingles,
    _signature,
    find_copies,
)
from consilience.model import Article

BODY = (
    "The envoy met the president in the northern city on Friday for talks that lasted "
    "several hours and covered a ceasefire, prisoner exchanges, energy infrastructure and "
    "the future of trade relations between the two countries, officials said on Monday."
)


def art(id_: str, source: str, text: str, published: str | None = None) -> Article:
    return Article(id_, source, None, None, published, "en", text)


def test_syndicated_copy_points_at_the_earliest() -> None:
    original = art("a", "wire", BODY, "2025-04-14")
    copy = art("b", "paper", BODY + " Read more on our site.", "2025-04-15")
    assert find_copies([copy, original]) == {"b": "a"}


def test_own_reports_are_not_copies() -> None:
    other = art(
        "c",
        "tv",
        "Talks between the two delegations ended without agreement, a spokesman told "
        "reporters, adding that another round was planned for next month in the capital.",
    )
    assert find_copies([art("a", "wire", BODY), other]) == {}


def test_articles_of_one_wire_count_once_even_when_edited() -> None:
    first = Article("a", "Daily", None, None, "2026-05-01", "en", BODY, origin="AP")
    edited = Article(
        "b",
        "Herald",
        None,
        None,
        "2026-05-02",
        "en",
        "Officials met for talks on energy and trade; a ceasefire was discussed.",
        origin="AP",
    )
    own = Article("c", "Tribune", None, None, "2026-05-01", "en", "Our reporter saw the talks.")
    assert find_copies([edited, first, own]) == {"b": "a"}


def test_a_near_copy_of_an_agency_copy_points_at_the_agency_original() -> None:
    first = Article("a", "Daily", None, None, "2026-05-01", "en", "Talks ended.", origin="AP")
    edited = Article("b", "Herald", None, None, "2026-05-02", "en", BODY, origin="AP")
    copied = art("c", "Blog", BODY + " Shared from the Herald.", "2026-05-03")
    assert find_copies([first, edited, copied]) == {"b": "a", "c": "a"}


def test_a_long_text_is_hashed_in_batches_as_one_shingle_at_a_time_would() -> None:
    words = [f"harbour{n % 97} pilot{n % 89} ferry{n}" for n in range(SIGNATURE_BATCH)]
    text = " ".join(words)
    one_by_one = MinHash(num_perm=PERMUTATIONS)
    for shingle in _shingles(text):
        one_by_one.update(shingle.encode())
    assert len(_shingles(text)) > SIGNATURE_BATCH
    assert (_signature(text).hashvalues == one_by_one.hashvalues).all()
