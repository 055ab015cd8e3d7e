"""ADI / CV2 classes (1.32, 0.49) and ABC."""
import numpy as np

from core.planning.classify import (ERRATIC, INTERMITTENT, LUMPY, SMOOTH, abc_classes, adi_cv2,
                                    demand_class)


def test_adi_cv2_hand_values():
    """4 demands in 8 days: ADI 2; sizes 1,3,1,3 -> mean 2, var 1, CV2 0.25."""
    adi, cv2 = adi_cv2(np.array([[1, 0, 3, 0, 1, 0, 3, 0.0]]))
    assert adi[0] == 2.0 and cv2[0] == 0.25


def test_class_boundaries():
    """Cuts are inclusive on the high side."""
    adi = np.array([1.0, 1.0, 2.0, 2.0, 1.32, 1.31])
    cv2 = np.array([0.1, 0.6, 0.1, 0.6, 0.49, 0.48])
    assert demand_class(adi, cv2).tolist() == [SMOOTH, ERRATIC, INTERMITTENT, LUMPY, LUMPY, SMOOTH]


def test_never_sold_is_intermittent_with_infinite_adi():
    """No demand at all: ADI infinite, CV2 0."""
    adi, cv2 = adi_cv2(np.zeros((1, 10)))
    assert np.isinf(adi[0]) and cv2[0] == 0


def test_abc_by_value():
    """70+15 = 85 >= 80 so the first two are A... the crossing item stays in the higher class."""
    codes = abc_classes(np.array([70.0, 15, 10, 4, 1]))
    assert codes.tolist() == [0, 0, 1, 2, 2]
