"""The Vietnamese Markdown summary of a preview (templates/preview/summary.md.j2): one row
per changed, added and removed page, in the order of the screenshots, with the section
where each first differs and the name of its screenshot."""

from __future__ import annotations

from ...pages.templating import environment
from .pages import Page, PageChanges
from .shots import PHONE, Shot

ARTIFACT = "anh-chup-trang-thay-doi"  # the workflow uploads the screenshots under this name
SITE_ARTIFACT = "trang-xem-truoc"  # and the whole built site under this one
STATUS = {"changed": "sửa", "added": "mới", "removed": "bỏ"}
NO_TEXT_CHANGE = "chữ trong bài không đổi (khác ở menu, liên kết hoặc mã trang)"
HIDDEN = " (phần này ẩn khi mở trang, ảnh chụp không thấy)"
MAX_FILES = 40  # other differing files listed by name


def row(page: Page, shot: Shot | None, limit: int) -> dict[str, str]:
    if page.status == "removed":
        section, image = "trang bị bỏ", "—"
    elif shot is None:
        section, image = "—", f"không chụp (quá {limit} ảnh)"
    else:
        section = "trang mới" if shot.section is None else shot.section or NO_TEXT_CHANGE
        section += "" if shot.shown else HIDDEN
        image = shot.image
    return {"title": page.title, "address": page.address or "(trang chủ)", "status": STATUS[page.status],
            "section": section, "image": image}


def render_summary(changes: PageChanges, shots: list[Shot], limit: int, before: str, after: str,
                   same_date: bool = True) -> str:
    """`same_date`: both sites were built with one build date (scripts/preview_changes.py
    builds both commits so); otherwise the summary warns that dates may show as changes."""
    by_file = {shot.page.file: shot for shot in shots}
    pages = changes.viewable + changes.removed
    rows = [row(page, by_file.get(page.file), limit) for page in pages]
    return environment().get_template("preview/summary.md.j2").render(
        changes=changes, rows=rows, shots=shots, limit=limit, left_out=len(changes.viewable) - len(shots),
        artifact=ARTIFACT, site_artifact=SITE_ARTIFACT, width=PHONE["width"], height=PHONE["height"],
        before=before, after=after, same_date=same_date, max_files=MAX_FILES)


def render_base_failed(before: str, after: str, output: str, lines: int = 15) -> str:
    """The summary when the BEFORE commit does not build (its own tools, its own data):
    nothing is compared, and the summary says so with the end of the build's error."""
    tail = "\n".join(output.strip().splitlines()[-lines:]).replace("````", "` ` ` `")
    return environment().get_template("preview/base_failed.md.j2").render(before=before, after=after, output=tail)
