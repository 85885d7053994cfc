"""Every complaint the YAML parser can make, said in Vietnamese with what to do about it.

PyYAML has two parsers with different wording: LibYAML's (used when PyYAML was built with
it) and the pure-Python one. Each `problem` string either can print is matched by one row
of PROBLEMS; each `context` ("while parsing a block mapping") by one row of CONTEXTS. An
indentation slip or a "key:value" without a space is recognised from the neighbouring
lines first (data/indentation.py), because the parser's own words then mislead.
"""

from __future__ import annotations

import re

import yaml

from .indentation import indent_slip, missing_space
from .problems import Problem

SYNTAX = "lỗi cú pháp YAML"
QUOTE = "nếu đây là chữ, hãy đặt cả giá trị trong ngoặc kép"
_ANCHOR = "không dùng neo (&), bí danh (*) hay thẻ (!) của YAML; " + QUOTE
_DIRECTIVE = "dòng bắt đầu bằng % là chỉ thị YAML, tệp dữ liệu không dùng; hãy xóa dòng này"
_ESCAPE = ("trong ngoặc kép, dấu \\ bắt đầu một mã đặc biệt; muốn viết dấu \\ hãy viết \\\\ "
           "hoặc dùng ngoặc đơn '...'")
_BLOCK_HEADER = "sau dấu | hoặc > chỉ được viết +, - hoặc một chữ số 1-9, rồi xuống dòng"
_CONTROL = "tệp chứa ký tự điều khiển không được phép; hãy xóa ký tự này"
_ENCODING = "tệp phải được lưu bằng mã UTF-8"

# (pattern of the parser's English problem, Vietnamese message with the fix). Patterns
# cover both parsers' spellings; the test enumerates the strings in both parsers' sources.
PROBLEMS: list[tuple[str, str]] = [
    (r"mapping values are not allowed (here|in this context)",
     'có dấu hai chấm ": " ở giữa giá trị; ' + QUOTE),
    (r"could not find expected ':'", 'thiếu dấu hai chấm ":" sau tên trường, hoặc ngoặc kép chưa đóng'),
    (r"found unexpected ':'", 'có dấu hai chấm ":" không đúng chỗ; ' + QUOTE),
    (r"block sequence entries are not allowed in this context",
     'gạch đầu dòng "- " không được đứng ở đây; đặt danh sách xuống dòng dưới tên trường và thụt lề'),
    (r"mapping keys are not allowed (here|in this context)",
     'dấu "? " đầu giá trị có nghĩa riêng trong YAML; ' + QUOTE),
    (r"did not find expected key|expected <block end>, but found '<block mapping start>'|"
     r"expected <block end>, but found '<scalar>'",
     "dòng này thụt lề không khớp với các trường cùng nhóm ở trên"),
    (r"did not find expected '-' indicator|expected <block end>, but found '<block sequence start>'",
     'dòng này thụt lề không khớp với các mục "- " của danh sách ở trên'),
    (r"expected <block end>, but found .*",
     "dòng này thụt lề không khớp với các dòng cùng cấp ở trên"),
    (r"did not find expected <document start>|expected '<document start>', but found .*",
     "có nội dung thừa sau phần chính của tệp; thường do dòng này thụt lề sai"),
    (r"did not find expected <stream-start>", "tệp không bắt đầu đúng cách; hãy lưu lại tệp bằng mã UTF-8"),
    (r"did not find expected ',' or '\]'|expected ',' or '\]', but got .*",
     "danh sách trong ngoặc vuông [ ] chưa đóng, hoặc thiếu dấu phẩy giữa các mục"),
    (r"did not find expected ',' or '\}'|expected ',' or '\}', but got .*",
     "nhóm trong ngoặc nhọn { } chưa đóng, hoặc thiếu dấu phẩy giữa các trường"),
    (r"did not find expected node content|expected the node content, but found .*",
     "thiếu giá trị ở đây (ví dụ dấu phẩy thừa trong [ ], hoặc giá trị bắt đầu bằng ký tự đặc biệt); "
     + QUOTE),
    (r"expected the empty value, but found .*", 'dấu "? " đầu giá trị có nghĩa riêng trong YAML; ' + QUOTE),
    (r"found character '\\t' that cannot start any token|found a tab character .*",
     "có ký tự Tab; YAML chỉ cho phép dấu cách"),
    (r"found character .* ?that cannot start any token|found character that cannot start any token",
     "giá trị không được bắt đầu bằng ký tự này (như ` hoặc @); " + QUOTE),
    (r"found unexpected end of stream",
     "tệp kết thúc khi ngoặc kép, ngoặc vuông hay ngoặc nhọn vẫn chưa đóng; hãy đóng ngoặc"),
    (r"found unexpected document (separator|indicator)",
     'dòng "---" hoặc "..." nằm trong một chuỗi ngoặc kép chưa đóng; hãy đóng ngoặc kép trước đó'),
    (r"but found another document|expected a single document in the stream",
     'tệp chỉ được có một phần: hãy xóa dòng "---" ở giữa tệp'),
    (r"found unknown escape character.*|found invalid Unicode character escape code|"
     r"did not find expected hexdecimal number|expected escape sequence of .*|expected low surrogate area|"
     r"unexpected low surrogate area", _ESCAPE),
    (r"found undefined alias.*", 'giá trị bắt đầu bằng dấu * bị hiểu là bí danh YAML; ' + QUOTE),
    (r"found duplicate anchor.*|second occurrence", "không dùng neo YAML (&) hai lần; " + QUOTE),
    (r"did not find expected alphabetic or numeric character|expected alphabetic or numeric character, "
     r"but found .*|found undefined tag handle.*|found non-specific tag.*|did not find expected '!'|"
     r"expected '!', but found .*|did not find the expected '>'|expected '>', but found .*|"
     r"did not find URI escaped octet|expected URI.*|did not find expected tag URI|"
     r"expected non-empty name appended to the tag|did not find expected whitespace or line break|"
     r"found an incorrect (leading|trailing) UTF-8 octet", _ANCHOR),
    (r"did not find expected comment or line break|expected a comment or a line break, but found .*",
     _BLOCK_HEADER),
    (r"found an indentation indicator equal to 0|expected indentation indicator in the range 1-9, "
     r"but found 0|expected chomping or indentation indicators, but found .*", _BLOCK_HEADER),
    (r"found duplicate (%TAG|%YAML|YAML) directive|found incompatible YAML document.*|"
     r"could not find expected directive name|found unknown directive name|did not find expected version "
     r"number|did not find expected digit or '.' character|found extremely long version number|"
     r"did not find expected whitespace|expected a digit.*|expected ' ', but found .*|"
     r"found unexpected non-alphabetical character", _DIRECTIVE),
    (r"(control|special) characters are not allowed|unacceptable character.*|invalid Unicode character",
     _CONTROL),
    (r"invalid (leading|trailing) UTF-8 octet|incomplete UTF-(8|16).*|invalid length of a UTF-8 sequence",
     _ENCODING),
    (r"found unhashable key|found duplicate key|found unconstructable recursive node",
     "tên trường phải là chữ, viết một lần trong mỗi nhóm"),
    (r"input is too long|input error", "không đọc hết được tệp; hãy rút gọn tệp"),
    (r"exceeded maximum nesting depth", "các nhóm lồng vào nhau quá nhiều tầng; hãy viết phẳng hơn"),
]

# Where the parser was when it stopped, as "(trong ... bắt đầu ở dòng N)".
CONTEXTS: list[tuple[str, str]] = [
    (r"while parsing a block mapping|while composing a mapping|while constructing a mapping", "nhóm trường"),
    (r"while parsing a block collection", "danh sách"),
    (r"while parsing a flow sequence", "danh sách trong ngoặc vuông"),
    (r"while parsing a flow mapping", "nhóm trong ngoặc nhọn"),
    (r"while scanning a simple key", "tên trường"),
    (r"while scanning a (double-quoted |single-quoted )?quoted scalar|while parsing a quoted scalar",
     "chuỗi trong ngoặc"),
    (r"while scanning a plain scalar", "giá trị"),
    (r"while scanning a block scalar", "khối chữ | hoặc >"),
    (r"while parsing a (block |flow )?node|while parsing a .* node", "giá trị"),
    (r"while scanning (an anchor|an alias)", "neo hoặc bí danh YAML"),
    (r"while (scanning|parsing) a tag.*", "thẻ kiểu YAML"),
    (r"while (scanning|parsing) a (directive|%TAG directive|%YAML directive|tag directive)", "chỉ thị YAML"),
    (r"expected a single document in the stream", "tệp"),
    (r"while scanning for the next token|while increasing (block|flow) level|while parsing.*|while scanning.*|"
     r"while constructing.*", ""),
]
_PROBLEMS = [(re.compile(pattern, re.S), message) for pattern, message in PROBLEMS]
_CONTEXTS = [(re.compile(pattern, re.S), words) for pattern, words in CONTEXTS]
UNKNOWN = "tệp không đúng cú pháp YAML ở đây; so với các dòng xung quanh để tìm chỗ sai"
# Problems whose line may be a layout slip, judged from the neighbouring lines.
# ... and those where the parser expected a new line's field: when it stopped in the middle
# of a line, the culprit is text after a finished value, not the indentation.
_MISPLACED = re.compile(r"expected key|'-' indicator|<block end>|<document start>")
_TRAILING = ("có chữ thừa sau giá trị, thường do ngoặc kép đóng giữa chừng; hãy đặt cả giá trị trong "
             "một cặp ngoặc kép, dấu ngoặc kép bên trong viết thành \\\"")
_LAYOUT = re.compile(r"mapping values|expected key|'-' indicator|<block end>|<document start>|"
                     r"block sequence entries|could not find expected ':'")


def translate(english: str | None) -> str | None:
    """The Vietnamese for one parser problem, or None when no row matches."""
    for pattern, message in _PROBLEMS:
        if english and pattern.fullmatch(english.strip()):
            return message
    return None


def context_words(english: str | None) -> str | None:
    for pattern, words in _CONTEXTS:
        if english and pattern.fullmatch(english.strip()):
            return words
    return None


def syntax_problem(err: yaml.YAMLError, lines: list[str], path: str) -> Problem:
    """One Vietnamese problem for the parser's error, at the line an editor should fix."""
    if not isinstance(err, yaml.MarkedYAMLError):
        english = str(getattr(err, "reason", "") or "")
        message = translate(english) or UNKNOWN
        return Problem(path, 1, 1, "", f"{SYNTAX}: {message}")
    mark = err.problem_mark or err.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    context_line = err.context_mark.line + 1 if err.context_mark else line
    problem = err.problem or err.context or ""
    if _LAYOUT.search(problem):
        slip = missing_space(lines, min(context_line, line - 1), line)
        if slip:
            number, column, fixed = slip
            return Problem(path, number, column, "",
                           f'{SYNTAX}: thiếu dấu cách sau dấu hai chấm; hãy viết "{fixed[:80]}"')
        found = indent_slip(lines, line)
        if found:
            return Problem(path, line, found.found + 1, "", f"{SYNTAX}: {found.message()}")
    text = lines[line - 1] if 1 <= line <= len(lines) else ""
    if _MISPLACED.search(problem) and col - 1 > len(text) - len(text.lstrip(" ")):
        return Problem(path, line, col, "", f"{SYNTAX}: {_TRAILING}")
    if err.context_mark and re.search(r"could not find expected ':'|',' or '[\]}]'", problem):
        # where the key without ":" or the unclosed bracket starts
        line, col = context_line, err.context_mark.column + 1
    message = translate(problem) or UNKNOWN
    if "cannot start any token" in problem and lines[line - 1:line] and lines[line - 1][col - 1:col] == "\t":
        message = translate("found a tab character that violates indentation")
    words = context_words(err.context) if err.problem else None
    if words and context_line != line:
        message += f" (trong {words} bắt đầu ở dòng {context_line})"
    return Problem(path, line, col, "", f"{SYNTAX}: {message}")
