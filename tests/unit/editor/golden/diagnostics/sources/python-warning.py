import warnings


def area(w, h):
    warnings.warn("area() is deprecated, use Rect.area", UserWarning)
    return w * h


print(area(2, 3))
print(undefined_name)
