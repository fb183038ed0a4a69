"""Saved web pages as input: main text and metadata, offsets into the extracted text, no network, the extra."""

from __future__ import annotations

import datetime as dt
import json
import socket
import sys

import pytest
from typer.testing import CliRunner

from extract.articles import Article, read_articles
from extract.cli import app
from extract.errors import InputError, MissingExtraError
from extract.facts import facts_from_articles
from extract.html_input import extract_page, require_html_extra

from .conftest import ROOT

PAGE = ROOT / "tests" / "fixtures" / "html" / "battery-fund-page.html"


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def read_one(path) -> Article:
    [article] = list(read_articles([str(path)]))
    assert isinstance(article, Article), article
    return article


def test_a_page_gives_its_main_text_title_date_and_address(no_network):
    article = read_one(PAGE)
    assert article.id == PAGE.as_posix()
    assert article.title == "Cabinet widens battery recycling fund"
    assert article.published == dt.date(2025, 3, 4)  # first published, not the later update
    assert article.url == "https://news.example.org/economy/battery-recycling-fund"
    assert "approved the Battery Recovery Fund (BRF) with an outlay of Rs 2,450 crore" in " ".join(article.text.split())
    for boilerplate in ("Subscribe now", "Copyright 2025", "Copper prices", "adSlots", "Sport"):
        assert boilerplate not in article.text


def test_fact_offsets_point_into_the_extracted_text(nlp, no_network):
    article = read_one(PAGE)
    [(_, facts)] = list(facts_from_articles(nlp, [article]))
    money = [f for f in facts if f.kind == "money"]
    assert {f.value.text for f in money} == {"Rs 2,450 crore", "Rs 600 crore"}
    for fact in facts:
        if fact.kind in ("money", "percent"):
            assert article.text[fact.evidence.start:fact.evidence.end] == fact.value.text
        assert article.text[fact.evidence.sentence_start:].startswith(fact.evidence.sentence)


def test_newsfacts_text_prints_exactly_the_extracted_text(no_network):
    result = CliRunner().invoke(app, ["text", str(PAGE)])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == read_one(PAGE).text.encode("utf-8")


def test_newsfacts_text_asks_which_article_when_there_are_several(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"id": i, "text": f"Article {i}.\r\nSecond line."}) for i in ("x", "y")),
                    encoding="utf-8")
    runner = CliRunner()
    several = runner.invoke(app, ["text", str(feed)])
    assert several.exit_code == 2 and "--id" in several.output
    picked = runner.invoke(app, ["text", str(feed), "--id", "y"])
    assert picked.exit_code == 0 and picked.stdout_bytes == b"Article y.\r\nSecond line."


def test_folders_include_pages(tmp_path, no_network):
    (tmp_path / "page.htm").write_bytes(PAGE.read_bytes())
    (tmp_path / "note.txt").write_text("A plain note about nothing much.\n", encoding="utf-8")
    ids = [a.id for a in read_articles([str(tmp_path)])]
    assert ids == ["note.txt", "page.htm"]


def test_jsonl_lines_may_carry_html_and_an_address_that_is_never_fetched(tmp_path, no_network):
    feed = tmp_path / "pages.jsonl"
    feed.write_text(json.dumps({"id": "battery", "url": "https://elsewhere.example.com/p/1",
                                "html": PAGE.read_text(encoding="utf-8")}) + "\n", encoding="utf-8")
    article = read_one(feed)
    assert article.id == "battery"
    assert article.url == "https://elsewhere.example.com/p/1"
    assert article.text == read_one(PAGE).text
    assert article.published == dt.date(2025, 3, 4)


def test_a_page_without_an_article_is_an_input_error(tmp_path, no_network):
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><title>Nothing here</title></head><body><img src='a.png'></body></html>",
                     encoding="utf-8")
    [item] = list(read_articles([str(empty)]))
    assert isinstance(item, InputError) and "no article text" in item.reason
    assert extract_page("<html><body></body></html>") is None


def test_a_short_page_that_looks_like_an_address_is_not_downloaded(no_network):
    assert extract_page("https://example.com/story") is None


@pytest.fixture
def without_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import now raises ImportError
    require_html_extra.cache_clear()
    yield
    require_html_extra.cache_clear()


def test_a_missing_extra_is_one_error_that_names_it(without_the_extra):
    with pytest.raises(MissingExtraError) as caught:
        list(read_articles([str(PAGE)]))
    assert caught.value.extra == "html"
    assert "pip install 'newsfacts[html]'" in str(caught.value)


def test_the_cli_names_the_extra_and_exits_2(without_the_extra):
    result = CliRunner().invoke(app, ["extract", str(PAGE), "--workers", "1"])
    assert result.exit_code == 2
    assert "newsfacts[html]" in result.output


def test_plain_text_needs_no_extra(without_the_extra, tmp_path):
    (tmp_path / "a.txt").write_text("The plan has an outlay of Rs 10 crore.\n", encoding="utf-8")
    assert [a.id for a in read_articles([str(tmp_path)])] == ["a.txt"]
