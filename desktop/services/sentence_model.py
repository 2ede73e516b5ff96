"""Sentence vectors: texts that mean the same lie close together, whatever their words.

The knowledge base matches by shared words first (fast, explainable, tuned by the shop's
synonym lexicon); this model adds meaning, so 杯子碎了 finds 收到破损商品 and an English
question finds a Chinese article. The model is bundled (resources/models, see its README) and
runs on the CPU in about half a millisecond per message; it is loaded on first use. When it
cannot be loaded (a damaged install, an unsupported CPU) matching goes on by words alone and
the reason is logged once.
"""

from __future__ import annotations

import ctypes
import logging
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.services.resources import resource

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

MODEL_FILE = ("models", "sentence-encoder-multilingual.onnx")
DIMENSIONS = 512
_BATCH = 64  # the memory one run needs grows with its batch; speed barely does
_MAX_CHARS = 500  # a chat message longer than this says what it means in its first lines


class SentenceModel:
    """The encoder. ``encode`` is safe to call from several threads."""

    def __init__(self, path: Path) -> None:
        import onnxruntime  # imported here: only matching loads the runtime (~0.2 s)
        import onnxruntime_extensions

        from desktop.services.model_file import graph_without_weights

        options = onnxruntime.SessionOptions()
        options.register_custom_ops_library(onnxruntime_extensions.get_library_path())
        # one short text at a time: more threads only add hand-over cost on a 2-core laptop
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.log_severity_level = 3  # warnings about the graph are not the user's concern
        # Memory goes back once a batch is encoded: the arena (and the buffers planned ahead
        # from the first run's shapes) would keep the largest batch ever seen, ~200 MB after
        # a knowledge base is encoded, for a process that then encodes one short text at a time.
        options.enable_cpu_mem_arena = False
        options.enable_mem_pattern = False
        # the weights stay in the shipped file, mapped, not copied (see model_file)
        options.add_session_config_entry(
            "session.model_external_initializers_file_folder_path", str(path.parent))
        graph, _ = graph_without_weights(path)
        self._session = onnxruntime.InferenceSession(
            graph, options, providers=["CPUExecutionProvider"])
        del graph
        release_freed_memory()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        import numpy as np

        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        rows = []
        for at in range(0, len(texts), _BATCH):
            chunk = [t[:_MAX_CHARS] for t in texts[at : at + _BATCH]]
            rows.append(self._session.run(["outputs"], {"inputs": chunk})[0])
        if len(texts) > _BATCH:
            release_freed_memory()
        vectors = np.vstack(rows).astype(np.float32, copy=False)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms > 0, norms, 1.0)


def release_freed_memory() -> None:
    """Hand memory freed by the runtime back to the system. Setting the model up (and a
    big batch) frees ~30 MB that glibc's allocator would otherwise keep for this process for
    good; other systems' allocators give it back by themselves."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):  # not glibc (musl): nothing to hand back
            pass


_lock = threading.Lock()
_model: SentenceModel | None = None
_unavailable: str | None = None


def shared(path: Path | None = None) -> SentenceModel | None:
    """The process's one model, loaded on first use; None when it cannot be loaded."""
    global _model, _unavailable
    if _model is not None or _unavailable is not None:
        return _model
    with _lock:
        if _model is None and _unavailable is None:
            path = path or resource(*MODEL_FILE)
            try:
                _model = SentenceModel(path)
            except Exception as exc:  # noqa: BLE001 - any failure means "match by words"
                _unavailable = f"{type(exc).__name__}: {exc}"
                log.warning("matching by meaning is off (%s); matching by words only",
                            _unavailable)
    return _model


def unavailable_reason() -> str | None:
    """Why the model is not in use (None when it is, or was not needed yet)."""
    return _unavailable
