"""Turn pydantic's validation errors into Vietnamese problems with positions."""

from __future__ import annotations

import difflib
import types
import typing

from pydantic import BaseModel, ValidationError

from .problems import Problem, field_path
from .safety import shown
from .yaml_source import Parsed, locate

_PLAIN = {
    "missing": "thiếu trường bắt buộc",
    "string_type": "phải là chữ (chuỗi ký tự)",
    "int_type": "phải là số nguyên",
    "int_parsing": "phải là số nguyên",
    "int_from_float": "phải là số nguyên",
    "float_type": "phải là số (dùng dấu chấm cho phần thập phân, không dùng dấu phân cách hàng nghìn)",
    "float_parsing": "phải là số (dùng dấu chấm cho phần thập phân, không dùng dấu phân cách hàng nghìn)",
    "bool_type": "phải là true hoặc false",
    "bool_parsing": "phải là true hoặc false",
    "list_type": 'phải là một danh sách (mỗi mục bắt đầu bằng "- ")',
    "model_type": "phải là một nhóm trường dạng khóa: giá trị",
    "model_attributes_type": "phải là một nhóm trường dạng khóa: giá trị",
    "dict_type": "phải là một nhóm trường dạng khóa: giá trị",
    "string_pattern_mismatch": "sai định dạng (mẫu: {pattern})",
    "finite_number": "phải là một số cụ thể; không dùng .nan, .inf hay số quá lớn",
    "string_too_long": "quá dài",
    "bytes_type": "phải là chữ (chuỗi ký tự)",
    "int_parsing_size": "số quá lớn",
}


def translate(err: dict) -> str:
    kind = err["type"]
    ctx = err.get("ctx") or {}
    if kind in _PLAIN:
        message = _PLAIN[kind].format(**ctx)
    elif kind == "too_short":
        message = f"cần ít nhất {ctx.get('min_length')} mục"
    elif kind == "too_long":
        message = f"tối đa {ctx.get('max_length')} mục"
    elif kind == "enum" or kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace(" or ", " hoặc ")
        message = f"phải là một trong các giá trị: {expected}"
    elif kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        bound = ctx.get("ge", ctx.get("le", ctx.get("gt", ctx.get("lt"))))
        word = {"greater_than_equal": "≥", "less_than_equal": "≤", "greater_than": ">", "less_than": "<"}[kind]
        message = f"phải {word} {bound}"
    elif kind == "value_error":  # a plain ValueError from a validator: never shown raw
        message = "giá trị không hợp lệ"
    elif str(err["msg"]).isascii():  # a pydantic message not translated above: never shown in English
        message = f"giá trị không hợp lệ (mã lỗi {kind})"
    else:  # our own PydanticCustomError types already speak Vietnamese
        return err["msg"]
    value = err.get("input")
    if kind not in ("missing",) and isinstance(value, (str, int, float)) and not isinstance(value, bool):
        message += f', nhận được "{shown(str(value))}"'
    return message


def problems_from(error: ValidationError, parsed: Parsed, path: str, model: type[BaseModel],
                  prefix: tuple = ()) -> list[Problem]:
    found = []
    for err in error.errors(include_url=False):
        loc = prefix + tuple(err["loc"])
        if err["type"] == "missing" and len(loc) == 1 and loc[0] in parsed.broken:
            continue  # its block did not parse: the syntax error is already reported
        extra = err["type"] == "extra_forbidden"
        line, col = locate(parsed.node, loc, point_at_key=extra)
        message = _unknown_key_message(str(loc[-1]), model, tuple(err["loc"][:-1])) if extra else translate(err)
        if err["type"] == "missing":
            message += f'; hãy thêm dòng "{shown(str(loc[-1]), 80)}: …" vào nhóm này (xem CONTRIBUTING.md)'

        found.append(Problem(path, line, col, field_path(loc), message))
    return found


def _unknown_key_message(key: str, model: type[BaseModel], parent_loc: tuple) -> str:
    allowed = allowed_keys(model, parent_loc)
    message = f'trường "{shown(key, 80)}" không có trong mẫu dữ liệu'
    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    if close:
        message += f'; có phải ý bạn là "{close[0]}"?'
    elif allowed:
        message += f"; các trường được phép: {', '.join(sorted(allowed))}"
    return message


def allowed_keys(model: type[BaseModel], loc: tuple) -> list[str]:
    """Field names allowed at `loc` inside `model`, following list items and generics."""
    current: object = model
    for step in loc:
        current = _unwrap(current)
        if isinstance(step, int):
            args = typing.get_args(current)
            current = args[0] if args else current
            continue
        if isinstance(current, type) and issubclass(current, BaseModel) and step in current.model_fields:
            current = current.model_fields[step].annotation
        else:
            return []
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _unwrap(annotation: object) -> object:
    """Strip Optional[...] and Annotated[...] down to the model or list type."""
    while True:
        origin = typing.get_origin(annotation)
        args = typing.get_args(annotation)
        if origin is typing.Annotated:
            annotation = args[0]
        elif origin in (typing.Union, types.UnionType):
            non_none = [a for a in args if a is not type(None)]
            annotation = non_none[0] if len(non_none) == 1 else annotation
            if len(non_none) != 1:
                return annotation
        else:
            return annotation
