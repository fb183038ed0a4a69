import datetime as dt
import io
import json

import pytest

from extract.articles import Article, decode, guess_title, read_articles
from extract.errors import InputError


def _read(tmp_path, name, data: bytes, **kw):
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_articles([str(path)], **kw))


def test_utf8_bom_is_dropped_and_text_kept(tmp_path):
    [article] = _read(tmp_path, "a.txt", "\ufeffHeadline\n\nRs 5 crore.".encode("utf-8"))
    assert article.text == "Headline\n\nRs 5 crore."
    assert article.warnings == ()


def test_crlf_text_is_kept_byte_for_byte(tmp_path):
    [article] = _read(tmp_path, "a.txt", b"Title\r\n\r\nBody line.\r\n")
    assert article.text == "Title\r\n\r\nBody line.\r\n"
    assert article.title == "Title"


def test_cp1252_fallback_warns_and_names_the_file(tmp_path):
    [article] = _read(tmp_path, "old.txt", "Café spends €400m".encode("cp1252"))
    assert article.text == "Café spends €400m"
    assert len(article.warnings) == 1 and "old.txt" in article.warnings[0] and "cp1252" in article.warnings[0]


def test_missing_file_is_an_error_and_the_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Rs 5 crore.", encoding="utf-8")
    items = list(read_articles([str(tmp_path / "missing.txt"), str(good)]))
    assert isinstance(items[0], InputError) and "missing.txt" in str(items[0])
    assert isinstance(items[1], Article)


def test_empty_file_is_an_error(tmp_path):
    [item] = _read(tmp_path, "empty.txt", b"  \n")
    assert isinstance(item, InputError) and item.reason == "empty article"


def test_folder_is_recursive_sorted_and_ids_are_relative(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z", encoding="utf-8")
    (tmp_path / "a.md").write_text("a", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x", encoding="utf-8")
    ids = [a.id for a in read_articles([str(tmp_path)])]
    assert ids == ["a.md", "b/z.txt"]


def test_glob_filters_folder_files(tmp_path):
    (tmp_path / "a.md").write_text("a", encoding="utf-8")
    (tmp_path / "b.txt").write_text("b", encoding="utf-8")
    assert [a.id for a in read_articles([str(tmp_path)], glob="*.txt")] == ["b.txt"]


def test_jsonl_articles_with_ids_dates_and_a_bad_line(tmp_path):
    lines = [
        json.dumps({"id": "x1", "title": "T", "published": "2025-02-14", "url": "https://example.com/x", "text": "Rs 5 crore."}),
        "{not json",
        json.dumps({"date": "17-02-2025", "text": "No id here."}),
        json.dumps({"id": "x3"}),
    ]
    items = _read(tmp_path, "wire.jsonl", "\n".join(lines).encode())
    assert items[0].id == "x1" and items[0].published == dt.date(2025, 2, 14) and items[0].url.endswith("/x")
    assert isinstance(items[1], InputError) and items[1].source.endswith("wire.jsonl:2")
    assert items[2].id.endswith("wire.jsonl#3") and items[2].published == dt.date(2025, 2, 17)
    assert isinstance(items[3], InputError) and "text" in items[3].reason


def test_stdin_plain_text():
    [article] = list(read_articles(["-"], stdin=io.BytesIO(b"Headline\nRs 5 crore.")))
    assert article.id == "<stdin>" and article.title == "Headline"


def test_stdin_jsonl_is_detected():
    data = json.dumps({"id": "s1", "text": "Rs 5 crore."}).encode()
    [article] = list(read_articles(["-"], stdin=io.BytesIO(data)))
    assert article.id == "s1"


class _LongFeed(io.RawIOBase):
    """A long JSON Lines feed on standard input, counting the lines handed out."""

    def __init__(self, blank_lines: int = 0, articles: int = 20_000) -> None:
        self.lines = [b"\n"] * blank_lines
        self.served = 0
        self.articles = articles

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if not self.lines:
            if self.served == self.articles:
                return 0
            self.served += 1
            self.lines.append(json.dumps({"id": f"w{self.served}", "text": f"Rs {self.served} crore."}).encode() + b"\n")
        line = self.lines.pop(0)
        buffer[:len(line)] = line
        return len(line)


def test_stdin_jsonl_streams_line_by_line():
    """A piped feed of articles yields its first articles long before it ends."""
    feed = _LongFeed(blank_lines=2)
    items = read_articles(["-"], stdin=io.BufferedReader(feed, buffer_size=256))
    first, second = next(items), next(items)
    assert (first.id, second.id) == ("w1", "w2")
    assert feed.served < 50  # only a read-ahead buffer's worth, not the whole input


def test_stdin_jsonl_bad_line_is_named_by_its_line_number():
    data = b"\n" + json.dumps({"text": "Rs 5 crore."}).encode() + b"\n{oops\n"
    items = list(read_articles(["-"], stdin=io.BytesIO(data)))
    assert items[0].id == "<stdin>#2"
    assert isinstance(items[1], InputError) and items[1].source == "<stdin>:3"


def test_default_date_only_fills_articles_without_one(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\nPublished On: 17-02-2025\nBody.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Headline\nBody.", encoding="utf-8")
    dates = {a.id: a.published for a in read_articles([str(tmp_path)], default_date=dt.date(2024, 1, 1))}
    assert dates == {"a.txt": dt.date(2025, 2, 17), "b.txt": dt.date(2024, 1, 1)}


@pytest.mark.parametrize("text,title", [
    ("# Mission approved\n\nBody.", "Mission approved"),
    ("**Bold headline**\nBody.", "Bold headline"),
    ("This first line is a whole sentence that ends with a full stop.\nMore.", None),
])
def test_guess_title(text, title):
    assert guess_title(text) == title


def test_decode_plain_utf8_has_no_warning():
    assert decode("₹16,300 crore".encode(), "x") == ("₹16,300 crore", ())
