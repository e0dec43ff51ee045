from __future__ import annotations

from pathlib import Path

from consilience.ingest import read_inputs
from consilience.model import Article


def only_article(path: Path) -> Article:
    (item,) = list(read_inputs([path]))
    assert isinstance(item, Article), item
    return item


def test_a_headline_line_becomes_the_title_and_page_chrome_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "story_01.txt"
    path.write_text(
        "Bridge Reopens After Six Months of Repairs\n\nShare\n\n"
        "The river bridge reopened on Wednesday after repairs.\n\n"
        "Engineers said the work cost more than expected.\n\n"
        "Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n"
    )
    article = only_article(path)
    assert article.title == "Bridge Reopens After Six Months of Repairs"
    assert article.source == "story_01"
    assert article.text == (
        "The river bridge reopened on Wednesday after repairs.\n\n"
        "Engineers said the work cost more than expected."
    )
    assert article.language == "en"


def test_a_first_line_that_is_a_sentence_is_not_a_title(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("The council met on Monday and approved the plan.\nIt takes effect in May.\n")
    article = only_article(path)
    assert article.title is None
    assert (
        article.text
        == "The council met on Monday and approved the plan.\n\nIt takes effect in May."
    )


def test_datelines_and_bylines_are_not_part_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(
        "By Jane Doe and John Roe\n"
        "[UNITED KINGDOM] The minister resigned on Friday, her office said.\n"
        "KYIV, Ukraine (AP) — A second paragraph keeps its words.\n"
    )
    article = only_article(path)
    assert article.text.startswith("The minister resigned on Friday")
    assert "KYIV, Ukraine (AP) — A second" in article.text


def test_hard_wrapped_lines_are_joined_back_into_sentences(tmp_path: Path) -> None:
    path = tmp_path / "wrapped.txt"
    path.write_text(
        "Officials in the northern province confirmed on Tuesday that the\n"
        "new road would open in June, two months later than planned.\n\n"
        "Residents welcomed the news.\n"
    )
    assert only_article(path).text == (
        "Officials in the northern province confirmed on Tuesday that the new road would open "
        "in June, two months later than planned.\n\nResidents welcomed the news."
    )


def test_the_seeds_read_as_five_articles_named_after_their_files(seeds_dir: Path) -> None:
    articles = [a for a in read_inputs([seeds_dir]) if isinstance(a, Article)]
    assert [a.source for a in articles] == sorted(p.stem for p in seeds_dir.glob("*.txt"))
    titled = [a.source[:3] for a in articles if a.title]
    assert titled == ["000", "001"]
    by_prefix = {a.source[:3]: a for a in articles}
    assert by_prefix["002"].text.startswith("According to US President")
    assert not by_prefix["000"].text.startswith("Share")
    assert "Leave a Reply" not in by_prefix["000"].text
    assert by_prefix["000"].text.endswith("longer-term peace framework.")
    assert all("\n\n\n" not in a.text and "\n\n" in a.text for a in articles)


def test_markdown_front_matter_gives_metadata_and_markup_is_removed(fixtures: Path) -> None:
    article = only_article(fixtures / "notes.md")
    assert (article.source, article.title) == ("Town Herald", "Council approves new budget")
    assert (article.url, article.published) == ("https://herald.example/budget", "2025-03-02")
    assert article.text == (
        "The town council approved a new budget on Sunday, raising spending on schools by "
        "ten percent.\n\nRoads get two million.\n\nParks get one million."
    )


def test_a_markdown_heading_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text("# Storm closes schools\n\nAll schools *closed* on Monday.\n")
    article = only_article(path)
    assert (article.title, article.text) == (
        "Storm closes schools",
        "All schools closed on Monday.",
    )


def test_the_same_content_under_another_path_is_the_same_article(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for folder in ("a", "b"):
        (tmp_path / folder / "same.txt").write_text("One sentence here, said the mayor.\n")
    first, second = list(read_inputs([tmp_path]))
    assert isinstance(first, Article) and first == second
