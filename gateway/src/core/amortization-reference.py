#!/usr/bin/env python3
"""Independent reference figures for amortization-schedule.test.ts (SPEC CON-4).

Written separately from the TypeScript engine, straight from the PMT formulas,
so the test literals do not come from the code under test. Run:

    python3 src/core/amortization-reference.py

Formulas (all amounts in cents, Decimal with 60 significant digits):
  r = annualRatePercent / 100 / periodsPerYear          (no rounding)
  v = (1 + r) ** -n
  in arrears : PV = P * (1 - v) / r            + FV * v  =>  P = (PV - FV*v) * r / (1 - v)
  in advance : PV = P * (1 - v) / r * (1 + r)  + FV * v  =>  P = (PV - FV*v) * r / ((1 - v) * (1 + r))
  r = 0      : P = (PV - FV) / n
  P is rounded half-up (away from zero) to whole cents once.
Rows, lessor convention (O_0 = PV); row k is the k-th rent at its due date:
  in arrears : interest_k = round(r * O_{k-1})                     (the period ending at rent k)
  in advance : interest_1 = 0 (paid at signing), interest_k = round(r * O_{k-1}) for k >= 2
  capital_k  = P - interest_k, O_k = O_{k-1} - capital_k      (k < n)
  last rent  : O_n = FV in arrears, round(FV / (1 + r)) in advance;
               capital_n = O_{n-1} - O_n, installment_n = capital_n + interest_n
  residual value line (only when FV > 0), at the end of the term:
               amount FV, capital O_n, interest FV - O_n, outstanding 0
  vat_k      = round(amount_k * vat / 100), total_k = amount_k + vat_k
Due dates: month offset (k-1)*12/ppy in advance, k*12/ppy in arrears, from the
original start day, clamped to the month end (calendar.monthrange); the residual
value line at n*12/ppy in both modes.
"""
import calendar
from decimal import ROUND_HALF_UP, Decimal, getcontext, localcontext

getcontext().prec = 60

PPY = {"MONTHLY": 12, "QUARTERLY": 4, "SEMI_ANNUAL": 2, "ANNUAL": 1}

# name, PV, FV, annual %, n, periodicity, timing, start, vat %
CASES = [
    ("monthly-arrears-residual", 5_000_000, 500_000, "4.75", 60, "MONTHLY", "IN_ARREARS", "2026-01-15", "21"),
    ("monthly-advance-residual", 5_000_000, 500_000, "4.75", 60, "MONTHLY", "IN_ADVANCE", "2026-01-15", "21"),
    ("quarterly-arrears", 2_000_000, 0, "3.2", 20, "QUARTERLY", "IN_ARREARS", "2026-03-01", None),
    ("quarterly-advance", 2_000_000, 0, "3.2", 20, "QUARTERLY", "IN_ADVANCE", "2026-03-01", "21"),
    ("semi-annual-arrears-residual", 12_345_678, 1_000_000, "5.125", 10, "SEMI_ANNUAL", "IN_ARREARS", "2026-06-30", "21"),
    ("semi-annual-advance-residual", 12_345_678, 1_000_000, "5.125", 10, "SEMI_ANNUAL", "IN_ADVANCE", "2026-06-30", None),
    ("annual-arrears", 800_000, 0, "6", 5, "ANNUAL", "IN_ARREARS", "2026-02-28", None),
    ("annual-advance-residual", 800_000, 80_000, "6", 5, "ANNUAL", "IN_ADVANCE", "2026-02-28", "21"),
    ("zero-rate-residual", 1_000_000, 100_000, "0", 36, "MONTHLY", "IN_ARREARS", "2026-01-01", "21"),
    ("zero-rate-advance-remainder", 1_000_000, 0, "0", 7, "MONTHLY", "IN_ADVANCE", "2026-01-01", None),
    ("monthly-360-arrears", 25_000_000, 0, "3.5", 360, "MONTHLY", "IN_ARREARS", "2026-01-10", None),
    ("monthly-360-advance-residual", 25_000_000, 2_500_000, "3.5", 360, "MONTHLY", "IN_ADVANCE", "2026-01-10", "21"),
    ("end-of-month-advance", 1_200_000, 0, "2.4", 12, "MONTHLY", "IN_ADVANCE", "2026-01-31", "21"),
    ("one-period-arrears", 1_000_000, 200_000, "12", 1, "ANNUAL", "IN_ARREARS", "2026-05-05", "21"),
    ("one-period-advance", 1_000_000, 200_000, "12", 1, "ANNUAL", "IN_ADVANCE", "2026-05-05", "21"),
    ("max-amount-advance-residual", 999_999_999, 99_999_999, "4.75", 60, "MONTHLY", "IN_ADVANCE", "2026-01-15", "21"),
    ("max-amount-arrears", 999_999_999, 0, "4.75", 60, "MONTHLY", "IN_ARREARS", "2026-01-15", "21"),
    ("zero-rate-advance-residual", 1_000_000, 100_000, "0", 12, "MONTHLY", "IN_ADVANCE", "2026-01-01", "21"),
]


def rnd(x: Decimal) -> int:
    return int(x.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def add_months(iso: str, months: int) -> str:
    y, m, d = (int(p) for p in iso.split("-"))
    idx = y * 12 + (m - 1) + months
    ny, nm = divmod(idx, 12)
    nm += 1
    nd = min(d, calendar.monthrange(ny, nm)[1])
    return f"{ny:04d}-{nm:02d}-{nd:02d}"


def schedule(pv, fv, rate, n, periodicity, timing, start, vat):
    ppy = PPY[periodicity]
    r = Decimal(rate) / 100 / ppy
    PV, FV = Decimal(pv), Decimal(fv)
    if r == 0:
        p_exact = (PV - FV) / n
    else:
        v = (1 + r) ** -n
        p_exact = (PV - FV * v) * r / (1 - v)
        if timing == "IN_ADVANCE":
            p_exact = p_exact / (1 + r)
    p = rnd(p_exact)
    step = 12 // ppy
    advance = timing == "IN_ADVANCE"
    left_after_last = rnd(FV / (1 + r)) if advance else fv

    def vat_of(amount):
        return 0 if vat is None else rnd(Decimal(amount) * Decimal(vat) / 100)

    rows = []
    o = pv
    for k in range(1, n + 1):
        interest = 0 if (advance and k == 1) else rnd(r * o)
        if k < n:
            inst = p
            cap = p - interest
        else:
            cap = o - left_after_last
            inst = cap + interest
        o = o - cap
        due = add_months(start, (k - 1) * step if advance else k * step)
        rows.append(dict(period=k, dueDate=due, installmentCents=inst, interestCents=interest,
                         capitalCents=cap, outstandingCents=o, vatCents=vat_of(inst), totalCents=inst + vat_of(inst)))
    residual = None
    if fv > 0:
        residual = dict(period=n + 1, dueDate=add_months(start, n * step), installmentCents=fv,
                        interestCents=fv - o, capitalCents=o, outstandingCents=0,
                        vatCents=vat_of(fv), totalCents=fv + vat_of(fv))
    lines = rows + ([residual] if residual else [])
    totals = {key: sum(row[key] for row in lines)
              for key in ("installmentCents", "interestCents", "capitalCents", "vatCents", "totalCents")}
    assert totals["capitalCents"] == pv and lines[-1]["outstandingCents"] == 0
    return p_exact, p, rows, residual, totals


def ts_row(row):
    """Python dict -> TypeScript object literal."""
    return ("{ " + ", ".join(f"{k}: {v!r}" if isinstance(v, int) else f"{k}: '{v}'" for k, v in row.items()) + " }")


def periodic_rate_text(rate, periodicity):
    # The engine reports r with 50 significant digits (decimal.js precision 50, half-up).
    with localcontext() as ctx:
        ctx.prec = 50
        ctx.rounding = ROUND_HALF_UP
        r = Decimal(rate) / 100 / PPY[periodicity]
    return "0" if r == 0 else format(r, "f")


if __name__ == "__main__":
    # Prints the CASES table of amortization-schedule.test.ts (rows 1-3 and the last two).
    for name, pv, fv, rate, n, per, timing, start, vat in CASES:
        p_exact, p, rows, residual, totals = schedule(pv, fv, rate, n, per, timing, start, vat)
        vat_text = "null" if vat is None else f"'{vat}'"
        print("  {")
        print(f"    // PMT({rate} % / {PPY[per]}, n = {n}, PV = {pv}, FV = {fv}, {timing}) = {p_exact:.6f} -> {p}")
        print(f"    name: '{name}',")
        print(f"    input: {{ financedAmountCents: {pv}, residualValueCents: {fv}, annualRatePercent: '{rate}', periods: {n}, "
              f"periodicity: '{per}', timing: '{timing}', startDate: '{start}', vatRatePercent: {vat_text} }},")
        print(f"    periodicRate: '{periodic_rate_text(rate, per)}',")
        print(f"    installment: {p},")
        print("    rows: [")
        for i in sorted({0, 1, 2, n - 2, n - 1} & set(range(n))):
            print("      " + ts_row(rows[i]) + ",")
        print("    ],")
        print("    residualValueRow: " + (ts_row(residual) if residual else "null") + ",")
        print("    totals: " + ts_row(totals) + ",")
        print("  },")
