"""The sentence model's graph, handed to ONNX Runtime with its weights left in the file.

Loaded from its path, an ONNX file is read whole and each weight is copied into memory the
runtime owns: the 72 MB file became ~140 MB resident before a single sentence was encoded.
Here the file is walked once (memory-mapped, ~50 ms) and its graph is handed over without the
weights' bytes; each weight instead says where it lies in the shipped file ("external data",
as ONNX defines it), and the runtime maps the file rather than copying it. The pages of the
file stay shared with the system's file cache, and the runtime reads only those it needs:
most of the model is a table of word pieces, of which a shop's messages use a few thousand.

The file itself is not changed. Only the few protobuf fields that carry a weight are read
(ONNX's ``ModelProto.graph`` → ``GraphProto.initializer`` → ``TensorProto.raw_data``); every
other byte is copied as it is.
"""

from __future__ import annotations

import mmap
from collections.abc import Iterator
from pathlib import Path

# onnx.proto field numbers
_MODEL_GRAPH = 7
_GRAPH_INITIALIZER = 5
_TENSOR_RAW_DATA, _TENSOR_EXTERNAL_DATA, _TENSOR_DATA_LOCATION = 9, 13, 14
_EXTERNAL = 1  # TensorProto.DataLocation.EXTERNAL
_LENGTH_DELIMITED = 2
# smaller weights are copied with the graph: mapping a page for a few numbers is no saving
SMALLEST_MAPPED = 4096


def _varint(buf: mmap.mmap | bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, pos
        shift += 7


def _encode_varint(n: int) -> bytes:
    out = bytearray()
    while n >= 0x80:
        out.append(n & 0x7F | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def _fields(buf: mmap.mmap, start: int, end: int) -> Iterator[tuple[int, int, int, int, int]]:
    """(field number, wire type, where the field starts, where its value starts, its end)."""
    pos = start
    while pos < end:
        tag, value = _varint(buf, pos)
        wire = tag & 7
        if wire == 0:
            stop = _varint(buf, value)[1]
        elif wire == 1:
            stop = value + 8
        elif wire == 5:
            stop = value + 4
        elif wire == _LENGTH_DELIMITED:
            length, value = _varint(buf, value)
            stop = value + length
        else:
            raise ValueError(f"unexpected protobuf wire type {wire} at byte {pos}")
        if stop > end:
            raise ValueError(f"a protobuf field runs past its message at byte {pos}")
        yield tag >> 3, wire, pos, value, stop
        pos = stop


def _delimited(field: int, payload: bytes) -> bytes:
    return (_encode_varint(field << 3 | _LENGTH_DELIMITED) + _encode_varint(len(payload))
            + payload)


def _entry(key: str, value: str) -> bytes:
    """One ``StringStringEntryProto`` of ``TensorProto.external_data``."""
    return _delimited(_TENSOR_EXTERNAL_DATA,
                      _delimited(1, key.encode()) + _delimited(2, value.encode()))


def _tensor(buf: mmap.mmap, start: int, end: int, location: str) -> bytes | None:
    """The tensor with its raw bytes referred to by place, or None when it is small."""
    kept: list[bytes] = []
    raw: tuple[int, int] | None = None
    for field, wire, at, value, stop in _fields(buf, start, end):
        if field == _TENSOR_RAW_DATA and wire == _LENGTH_DELIMITED and \
                stop - value >= SMALLEST_MAPPED:
            raw = (value, stop - value)
        else:
            kept.append(buf[at:stop])
    if raw is None:
        return None
    offset, length = raw
    return b"".join([*kept, _entry("location", location), _entry("offset", str(offset)),
                     _entry("length", str(length)),
                     _encode_varint(_TENSOR_DATA_LOCATION << 3) + _encode_varint(_EXTERNAL)])


def _rewrite(buf: mmap.mmap, start: int, end: int, field_wanted: int,
             inner: object) -> bytes:
    out: list[bytes] = []
    for field, wire, at, value, stop in _fields(buf, start, end):
        if field == field_wanted and wire == _LENGTH_DELIMITED:
            out.append(_delimited(field, inner(buf, value, stop)))  # type: ignore[operator]
        else:
            out.append(buf[at:stop])
    return b"".join(out)


def graph_without_weights(path: Path) -> tuple[bytes, int]:
    """The model at ``path`` with every weight of at least SMALLEST_MAPPED bytes referring to
    its place in that file, and how many weights do. Load it with the session option
    ``session.model_external_initializers_file_folder_path`` set to ``path``'s folder."""
    mapped = 0

    def tensor(buf: mmap.mmap, start: int, end: int) -> bytes:
        nonlocal mapped
        out = _tensor(buf, start, end, path.name)
        if out is None:
            return buf[start:end]
        mapped += 1
        return out

    def graph(buf: mmap.mmap, start: int, end: int) -> bytes:
        return _rewrite(buf, start, end, _GRAPH_INITIALIZER, tensor)

    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as buf:
        return _rewrite(buf, 0, len(buf), _MODEL_GRAPH, graph), mapped
