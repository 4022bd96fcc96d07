"""The loaded model is kept out of the cyclic collector's full collections."""

import gc

from detente.nlp.parser import load_model


def test_model_objects_are_frozen_after_loading():
    model = load_model()
    assert gc.get_freeze_count() > 0
    assert model.vocab is not None  # the frozen model still works
    assert [t.text for t in model("The envoy left.")] == ["The", "envoy", "left", "."]
