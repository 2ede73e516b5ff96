"""The sentence model's weights are used where they lie in the shipped file, not copied."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from desktop.services import model_file, sentence_model
from desktop.services.resources import resource

ROOT = Path(__file__).resolve().parents[2]
TEXTS = ["杯子碎了怎么办", "什么时候发货？", "Can I get a refund for a damaged cup?", "好的谢谢"]


def test_the_graph_handed_over_carries_no_weights() -> None:
    path = resource(*sentence_model.MODEL_FILE)
    graph, mapped = model_file.graph_without_weights(path)
    assert mapped >= 16  # the word-piece tables and the layers' matrices
    assert len(graph) < path.stat().st_size / 10


def test_vectors_are_the_same_as_from_the_file_loaded_whole() -> None:
    import onnxruntime
    import onnxruntime_extensions

    path = resource(*sentence_model.MODEL_FILE)
    options = onnxruntime.SessionOptions()
    options.register_custom_ops_library(onnxruntime_extensions.get_library_path())
    options.log_severity_level = 3
    whole = onnxruntime.InferenceSession(str(path), options,
                                         providers=["CPUExecutionProvider"])
    expected = whole.run(["outputs"], {"inputs": TEXTS})[0]
    expected /= np.linalg.norm(expected, axis=1, keepdims=True)
    model = sentence_model.shared()
    assert model is not None, sentence_model.unavailable_reason()
    assert np.allclose(model.encode(TEXTS), expected, atol=1e-6)


CHILD = """
from desktop.services import sentence_model, resources
model = sentence_model.shared()
assert model is not None, sentence_model.unavailable_reason()
model.encode(["什么时候发货"])
path = str(resources.resource(*sentence_model.MODEL_FILE).resolve())
print(sum(path in line for line in open("/proc/self/maps", encoding="utf-8")))
"""


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs /proc (Linux)")
def test_the_model_file_is_mapped_into_memory_not_copied() -> None:
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    assert int(out.stdout.strip()) > 0, "the model's weights were read into the process"
