"""Fusion settings: the merge window (xSub's 1 or 2 days × 1 or 5 km) and the decision threshold."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class FusionConfig:
    """`days`: two dated records may be this many days apart (between the ends of their date
    spans). `km`: two located records may be this far apart. `threshold`: the least similarity
    (0..1) for records that pass every hard check to be fused. `undated_days`: a record with
    no date is taken to have happened within this many days before its report was published."""

    days: int = 1
    km: float = 5.0
    threshold: float = 0.6
    undated_days: int = 2

    def __post_init__(self) -> None:
        if self.days < 0 or self.km < 0 or self.undated_days < 0:
            raise ValueError("fusion window must not be negative")
        if not 0.0 <= self.threshold <= 1.0:
            raise ValueError("fusion threshold must lie in [0, 1]")

    def as_dict(self) -> dict[str, float | int]:
        return asdict(self)

    @classmethod
    def from_dict(cls, values: dict[str, str]) -> FusionConfig:
        """From stored text values; unknown keys are ignored."""
        base = cls()
        return cls(
            days=int(values.get("days", base.days)),
            km=float(values.get("km", base.km)),
            threshold=float(values.get("threshold", base.threshold)),
            undated_days=int(values.get("undated_days", base.undated_days)),
        )
