#!/usr/bin/env python3
"""Lists the Hit@1 misses of an eval run, with the rank of the first right paragraph among the judge's candidates.

  dotnet run --project src/HistoryBot -- eval tests/data/eval/SET.jsonl --data-dir "$(mktemp -d)" --signals /tmp/SET.signals.jsonl
  python3 tests/data/eval/misses.py tests/data/eval/SET.jsonl /tmp/SET.signals.jsonl [--kind same] [--signals]

A paragraph is right when it contains one of the question's `expect` strings (as `eval` counts it).
Per miss: id, kind, status (found / not found), the rank of the right paragraph (- when none of the
judge's candidates is right), the question, and the first words of the paragraph ranked first.
With --signals, also the rank signals of the first candidate and of the right one, and how each
question word matched them (word:kind=the paragraph's word). Unanswerable
questions that were answered are listed at the end.
"""
import json
import sys


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    kind_filter = None
    if "--kind" in argv:
        kind_filter = argv[argv.index("--kind") + 1]
        args.remove(kind_filter)
    show_signals = "--signals" in argv
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    questions = {}
    with open(args[0], encoding="utf-8") as f:
        for line in f:
            if line.strip():
                q = json.loads(line)
                questions[q["id"]] = q
    keys = ["rank_score", "coverage", "cohesion", "engine", "intent", "period", "same_language", "predicate", "predicate_sentence", "fact"]
    misses, answered = 0, []
    with open(args[1], encoding="utf-8") as f:
        for line in f:
            s = json.loads(line)
            q = questions[s["id"]]
            if q["kind"] == "unanswerable":
                if s["status"] != "not_found":
                    answered.append((q, s))
                continue
            if kind_filter and q["kind"] != kind_filter:
                continue
            cands = s["candidates"]
            right = [i for i, c in enumerate(cands) if any(e.lower() in c["paragraph"].lower() for e in q["expect"])]
            rank = right[0] + 1 if right else None
            if rank == 1 and s["status"] != "not_found":
                continue
            misses += 1
            top = cands[0]["paragraph"][:70].replace("\n", " ") if cands else ""
            print(f"{q['id']:<14} {q['kind']:<6} {s['status']:<10} rank {rank or '-':<3} {q['question']}")
            print(f"{'':>14} top [{cands[0]['language'] if cands else ''} ¶{cands[0]['paragraph_number'] if cands else ''}] {top}")
            if show_signals and cands:
                for label, c in [("top", cands[0])] + ([("right", cands[right[0]])] if right and right[0] > 0 else []):
                    print(f"{'':>14} {label:<5} " + " ".join(f"{k}={c[k] if not isinstance(c[k], float) else round(c[k], 3)}" for k in keys))
                    if "words" in c:
                        print(f"{'':>20} [{c['language']} ¶{c['paragraph_number']}] {c['words']}")
    print(f"\n{misses} misses")
    for q, s in answered:
        print(f"answered unanswerable: {q['id']} {q['question']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
