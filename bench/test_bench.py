"""Tests of the harness's own logic: python3 -m unittest discover -s bench -p 'test_*.py'"""

import hashlib
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import bench  # noqa: E402
import generate  # noqa: E402


def digest(folder):
    """One hash over every file's relative path and bytes, in path order."""
    h = hashlib.sha256()
    for d, dirs, names in sorted(os.walk(folder)):
        dirs.sort()
        for n in sorted(names):
            p = os.path.join(d, n)
            h.update(os.path.relpath(p, folder).encode())
            with open(p, "rb") as f:
                h.update(f.read())
    return h.hexdigest()


class GeneratorTest(unittest.TestCase):
    def generate(self, seed, root):
        out = os.path.join(root, "seed%d" % seed)
        generate.monorepo(out, 5, 0.2, 3, seed)
        return out

    def test_same_seed_same_bytes(self):
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            self.assertEqual(digest(self.generate(7, a)), digest(self.generate(7, b)))

    def test_another_seed_other_values(self):
        with tempfile.TemporaryDirectory() as a:
            self.assertNotEqual(digest(self.generate(7, a)), digest(self.generate(8, a)))

    def test_sizes_as_asked(self):
        with tempfile.TemporaryDirectory() as a:
            out = self.generate(1, a)
            self.assertEqual(5, len(os.listdir(os.path.join(out, "stacks"))))
            self.assertEqual(3, len(os.listdir(os.path.join(out, "apps"))))
            # each nginx main file includes its site file
            self.assertEqual(["conf.d", "nginx.conf"], sorted(os.listdir(os.path.join(out, "deploy", "app0000"))))
            size = os.path.getsize(os.path.join(out, "infra", "plan.json"))
            self.assertGreaterEqual(size, 200_000)
            self.assertLess(size, 202_000)

    def test_plan_is_json(self):
        import json

        with tempfile.TemporaryDirectory() as a:
            path = os.path.join(a, "plan.json")
            generate.plan(path, 0.05, 3)
            with open(path) as f:
                resources = json.load(f)["planned_values"]["root_module"]["resources"]
            self.assertEqual({"aws_lb", "aws_lb_target_group", "aws_lb_listener", "aws_security_group_rule"},
                             {r["type"] for r in resources})


class HarnessTest(unittest.TestCase):
    def test_alternates_and_caps_runs(self):
        order = []
        fast = bench.Contender("a", [sys.executable, "-c", "pass"])
        capped = bench.Contender("b", [sys.executable, "-c", "pass"], max_runs=1)
        bench.run_alternating([fast, capped], 3, order.append)
        self.assertEqual(3, len(fast.runs))
        self.assertEqual(1, len(capped.runs))
        self.assertEqual(["a", "b", "a", "a"], [line.split()[2] for line in order])

    def test_child_rss_and_cpu_are_the_childs(self):
        # a child that holds 200 MB and spins: its own figures, not the harness's
        code = "b = bytearray(200 * 1024 * 1024)\nfor i in range(0, len(b), 4096): b[i] = 1\nx = sum(range(3_000_000))"
        wall, cpu, rss, exit_code, _ = bench.measure([sys.executable, "-c", code])
        self.assertEqual(0, exit_code)
        self.assertGreater(rss, 190)
        self.assertGreater(cpu, 0.01)
        self.assertGreaterEqual(wall, cpu * 0.5)

    def test_unexpected_exit_is_a_harness_failure(self):
        c = bench.Contender("fails", [sys.executable, "-c", "import sys; sys.exit(3)"])
        with self.assertRaises(bench.HarnessError):
            bench.run_alternating([c], 1, lambda s: None)


if __name__ == "__main__":
    unittest.main()


class BareParseOptionsTest(unittest.TestCase):
    def test_bare_parse_gets_the_launchers_options_unless_told_others(self):
        opts = bench.launcher_java_opts()
        with open(os.path.join(bench.ROOT, "cli", "jvm.options")) as f:
            lines = [l.strip() for l in f if l.strip() and not l.strip().startswith("#")]
        self.assertEqual(opts[: len(lines)], lines)
        self.assertFalse(any(o.startswith("#") for o in opts))
        self.assertEqual(bench.bare_parse("b", "/x", None).argv[: 1 + len(opts)], ["java"] + opts)
        self.assertEqual(bench.bare_parse("b", "/x", ["-Xint"]).argv[:2], ["java", "-Xint"])
