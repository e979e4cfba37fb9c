"""The benchmark harness behind bench/run.sh: whole processes, alternated within each repetition,
median of N; wall time, CPU time (user + sys) and peak RSS of each; the ratios and targets of
issue 18. See bench/README.md.

Each child's CPU time and peak RSS come from os.wait4(), which returns the resource usage of that
one child (on Linux ru_maxrss is in KiB, on macOS in bytes); wall time is time.perf_counter()
around it. The launcher, Maven and cfn-lint each exec one process, so the figure is the tool's.
"""

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import generate

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "out")
JAR = os.path.join(ROOT, "cli", "target", "gatelint.jar")
CLASSES = os.path.join(OUT, "classes")
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
CORPUS = os.path.join(SHARED, "corpus", "cloudformation")
PROJECTS = os.path.join(SHARED, "corpus", "projects")

DEFAULT_SCENARIOS = ["small", "empty", "corpus", "projects", "monorepo", "scaling"]
OPTIONAL_SCENARIOS = ["maven", "linear"]

# --size: the generated monorepo (N templates, M-MB plan, K nginx configs and K Node apps)
SIZES = {
    "small": dict(templates=100, plan_mb=5, apps=10),
    "medium": dict(templates=1000, plan_mb=50, apps=100),
    "large": dict(templates=3000, plan_mb=200, apps=300),
}
SCALING = {"small": [100, 1000], "medium": [100, 1000, 10000], "large": [100, 1000, 10000]}
CFN_EXTENSIONS = (".yaml", ".yml", ".json", ".template")


class HarnessError(Exception):
    """Something the harness itself could not do: exit 2, unlike a missed target."""


class Contender:
    """One command measured in a scenario; runs, at most max_runs of them, hold (wall, cpu, rss)."""

    def __init__(self, name, argv, cwd=ROOT, env=None, ok_exit=(0,), max_runs=None):
        self.name = name
        self.argv = argv
        self.cwd = cwd
        self.env = env
        self.ok_exit = ok_exit
        self.max_runs = max_runs
        self.runs = []

    def wall(self):
        return median([r[0] for r in self.runs])

    def cpu(self):
        return median([r[1] for r in self.runs])

    def rss_mb(self):
        return median([r[2] for r in self.runs])


def median(values):
    return statistics.median(values) if values else float("nan")


def measure(argv, cwd=ROOT, env=None):
    """Runs one process to its end: (wall s, user+sys CPU s, peak RSS MB, exit code, stderr)."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(
                argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err
            )
        except OSError as e:
            raise HarnessError("cannot start %s: %s" % (argv[0], e))
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    rss = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return wall, usage.ru_utime + usage.ru_stime, rss, proc.returncode, text


def run_alternating(contenders, reps, log):
    """Each repetition runs every contender once, in turn, so a noisy neighbour hits all alike."""
    for rep in range(reps):
        for c in contenders:
            if c.max_runs is not None and len(c.runs) >= c.max_runs:
                continue
            wall, cpu, rss, code, err = measure(c.argv, c.cwd, c.env)
            if code not in c.ok_exit:
                raise HarnessError(
                    "%s exited %d (%s):\n%s" % (c.name, code, " ".join(c.argv[:4]), err[-2000:])
                )
            c.runs.append((wall, cpu, rss))
            log("  rep %d  %-34s wall %7.2f s  cpu %7.2f s  rss %6.0f MB" % (rep + 1, c.name, wall, cpu, rss))


def ratio(a, b):
    return a / b if b else float("nan")


class Report:
    def __init__(self):
        self.rows = []  # (scenario, contender)
        self.targets = []  # (description, figure text, met)
        self.figures = []  # (what, value text)

    def target(self, description, figure, met):
        self.targets.append((description, figure, met))

    def figure(self, what, value):
        self.figures.append((what, value))


# ---------------------------------------------------------------- contenders


def gatelint(name, folder, **kw):
    """`gatelint lint` through the launcher users run, told the jar is already built."""
    env = dict(os.environ, GATELINT_NO_BUILD="1")
    argv = [os.path.join(ROOT, "gatelint"), "lint", folder, "--format", "json", "--fail-on", "never"]
    return Contender(name, argv, env=env, **kw)


def launcher_java_opts():
    """The JVM options ./gatelint runs the jar with: cli/jvm.options, and the class-data sharing
    archive when it was made for this jar (the archive's class path is a prefix of the bare pass's,
    which the JVM accepts)."""
    opts = []
    path = os.path.join(ROOT, "cli", "jvm.options")
    if os.path.exists(path):
        with open(path) as f:
            opts = [l.strip() for l in f if l.strip() and not l.strip().startswith("#")]
    jsa = os.path.join(ROOT, "cli", "target", "gatelint.jsa")
    if os.path.exists(jsa) and os.path.exists(JAR) and os.path.getmtime(jsa) >= os.path.getmtime(JAR):
        opts.append("-XX:SharedArchiveFile=" + jsa)
    return opts


def bare_parse(name, folder, java_opts):
    """The bare parse pass, with the launcher's JVM options unless told others: the ratio then
    prices what gatelint does beyond reading, not a difference of JVM flags."""
    opts = launcher_java_opts() if java_opts is None else java_opts
    argv = ["java"] + opts + ["-cp", JAR + os.pathsep + CLASSES, "BareParse", folder]
    return Contender(name, argv)


def cfn_lint(name, files, **kw):
    # cfn-lint exits with a bit mask of the levels it found (2 error, 4 warning, 8 info)
    return Contender(name, ["cfn-lint", "--"] + files, ok_exit=tuple(range(0, 16)), **kw)


def java_version():
    return Contender("java -version", ["java", "-version"])


def cfn_files(folder):
    found = []
    for d, _, names in os.walk(folder):
        found += [os.path.join(d, n) for n in names if n.endswith(CFN_EXTENSIONS)]
    return sorted(found)


# ---------------------------------------------------------------- scenarios


def scenario_small(a, rep, log):
    tpl = os.path.join(OUT, "small")
    if not os.path.isdir(tpl):
        generate.templates(tpl, 1, a.seed)
    files = cfn_files(tpl)
    cs = [java_version(), gatelint("gatelint lint (1 template)", tpl)]
    if shutil.which("cfn-lint"):
        cs.append(cfn_lint("cfn-lint (1 template)", files))
    run_alternating(cs, a.reps, log)
    if len(cs) == 3:
        r = ratio(cs[2].wall(), cs[1].wall())
        rep.target("small template: cfn-lint / gatelint wall >= 5x", "%.2fx" % r, r >= 5)
    else:
        rep.target("small template: cfn-lint / gatelint wall >= 5x", "cfn-lint not on PATH", None)
    return cs


def scenario_empty(a, rep, log):
    empty = os.path.join(OUT, "empty")
    os.makedirs(empty, exist_ok=True)
    cs = [java_version(), gatelint("gatelint lint (empty folder)", empty)]
    run_alternating(cs, a.reps, log)
    d = cs[1].wall() - cs[0].wall()
    rep.target("empty run - java -version <= 0.3 s", "%.2f s" % d, d <= 0.3)
    return cs


def lint_vs_bare(rep, label, lint, bare):
    r = ratio(lint.wall(), bare.wall())
    rep.target("%s: lint / bare parse wall <= 1.5x" % label, "%.2fx" % r, r <= 1.5)


def scenario_corpus(a, rep, log):
    if not os.path.isdir(CORPUS):
        raise HarnessError("no CloudFormation corpus at %s" % CORPUS)
    files = cfn_files(CORPUS)
    lint = gatelint("gatelint lint (corpus)", CORPUS)
    bare = bare_parse("bare parse (corpus)", CORPUS, a.bare_java_opts)
    cs = [lint, bare]
    if shutil.which("cfn-lint"):
        cs.append(cfn_lint("cfn-lint (corpus, %d files)" % len(files), files, max_runs=a.cfn_lint_reps))
    run_alternating(cs, a.reps, log)
    if len(cs) == 3:
        r = ratio(cs[2].wall(), lint.wall())
        rep.target("corpus: cfn-lint / gatelint wall >= 60x", "%.1fx" % r, r >= 60)
        m = ratio(lint.rss_mb(), cs[2].rss_mb())
        rep.target("corpus: gatelint peak RSS <= cfn-lint's", "%.2fx" % m, m <= 1)
    lint_vs_bare(rep, "corpus", lint, bare)
    return cs


def scenario_projects(a, rep, log):
    if not os.path.isdir(PROJECTS):
        raise HarnessError("no projects at %s" % PROJECTS)
    names = sorted(n for n in os.listdir(PROJECTS) if os.path.isdir(os.path.join(PROJECTS, n)))
    cs = [gatelint("project " + n, os.path.join(PROJECTS, n)) for n in names]
    run_alternating(cs, a.reps, log)
    for c in cs:
        rep.target("%s <= 2 s" % c.name, "%.2f s" % c.wall(), c.wall() <= 2)
    return cs


def monorepo_dir(a):
    size = SIZES[a.size]
    d = os.path.join(OUT, "monorepo-%s-seed%d" % (a.size, a.seed))
    if not os.path.isdir(d):
        tmp = d + ".tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        generate.monorepo(tmp, size["templates"], size["plan_mb"], size["apps"], a.seed)
        os.rename(tmp, d)
    return d, size


def scenario_monorepo(a, rep, log):
    d, size = monorepo_dir(a)
    label = "monorepo %s (%d templates, %g MB plan, %d nginx + %d Node)" % (
        a.size,
        size["templates"],
        size["plan_mb"],
        size["apps"],
        size["apps"],
    )
    log("  " + label)
    lint = gatelint("gatelint lint (monorepo)", d)
    bare = bare_parse("bare parse (monorepo)", d, a.bare_java_opts)
    run_alternating([lint, bare], a.reps, log)
    lint_vs_bare(rep, "monorepo " + a.size, lint, bare)
    return [lint, bare]


def scenario_scaling(a, rep, log):
    empty = os.path.join(OUT, "empty")
    os.makedirs(empty, exist_ok=True)
    counts = SCALING[a.size]
    dirs = []
    for n in counts:
        d = os.path.join(OUT, "scale-%d-seed%d" % (n, a.seed))
        if not os.path.isdir(d):
            shutil.rmtree(d + ".tmp", ignore_errors=True)
            generate.templates(d + ".tmp", n, a.seed)
            os.rename(d + ".tmp", d)
        dirs.append(d)
    base = gatelint("gatelint lint (empty folder)", empty)
    lints = [gatelint("gatelint lint (%d templates)" % n, d) for n, d in zip(counts, dirs)]
    bares = [bare_parse("bare parse (%d templates)" % n, d, a.bare_java_opts) for n, d in zip(counts, dirs)]
    cs = [base] + [c for pair in zip(lints, bares) for c in pair]
    run_alternating(cs, a.reps, log)
    per = []
    for n, c in zip(counts, lints):
        ms = (c.wall() - base.wall()) * 1000 / n
        per.append(ms)
        cpu_ms = (c.cpu() - base.cpu()) * 1000 / n
        rep.figure(
            "time per template at %d templates (minus the empty run)" % n,
            "%.2f ms wall, %.2f ms CPU" % (ms, cpu_ms),
        )
    worst = max(ratio(per[-1], p) for p in per[:-1]) if len(per) > 1 else float("nan")
    rep.target(
        "linear scaling: per-template time at %d within 1.5x of each smaller count" % counts[-1],
        "%.2fx" % worst,
        worst <= 1.5,
    )
    lint_vs_bare(rep, "%d templates" % counts[-1], lints[-1], bares[-1])
    return cs


def maven_projects():
    """The invoker's sample project 'clean' as the plugin's build filled it in, in three variants:
    the plugin's goal run, skipped (-Dgatelint.skip), and removed from the POM."""
    it = os.path.join(ROOT, "maven-plugin", "target", "it")
    repo = os.path.join(ROOT, "maven-plugin", "target", "it-repo")
    if not (os.path.isfile(os.path.join(it, "clean", "pom.xml")) and os.path.isdir(repo)):
        subprocess.run(
            ["mvn", "-B", "-q", "-o", "-pl", "core,maven-plugin", "-am", "verify", "-DskipTests",
             "-Dinvoker.test=clean"],
            cwd=ROOT,
            check=True,
        )
    base = os.path.join(OUT, "maven")
    shutil.rmtree(base, ignore_errors=True)
    os.makedirs(base)
    # the invoker's settings, filled in as the plugin's build fills them: the user's local
    # repository as a file: repository the sample build may resolve from offline
    user_repo = os.environ.get("BENCH_USER_REPOSITORY", os.path.expanduser("~/.m2/repository"))
    with open(os.path.join(ROOT, "maven-plugin", "src", "it", "settings.xml"), encoding="utf-8") as f:
        text = f.read().replace("@userLocalRepositoryUrl@", "file://" + user_repo)
    settings = os.path.join(base, "settings.xml")
    with open(settings, "w", encoding="utf-8") as f:
        f.write(text)
    with_plugin = os.path.join(base, "with-plugin")
    shutil.copytree(os.path.join(it, "clean"), with_plugin, ignore=shutil.ignore_patterns("target", "build.log"))
    without = os.path.join(base, "without-plugin")
    shutil.copytree(with_plugin, without)
    pom = os.path.join(without, "pom.xml")
    with open(pom, encoding="utf-8") as f:
        text = f.read()
    stripped = re.sub(r"\s*<build>.*</build>", "", text, flags=re.S)
    if stripped == text:
        raise HarnessError("no <build> section to remove in %s" % pom)
    with open(pom, "w", encoding="utf-8") as f:
        f.write(stripped)
    mvn = ["mvn", "-B", "-o", "-q", "-s", settings, "-Dmaven.repo.local=" + repo,
           "-Daether.offline.protocols=file", "verify"]
    return with_plugin, without, mvn


def scenario_maven(a, rep, log):
    with_plugin, without, mvn = maven_projects()
    cs = [
        Contender("mvn verify, no plugin", mvn, cwd=without),
        Contender("mvn verify, gatelint:check skipped", mvn + ["-Dgatelint.skip=true"], cwd=with_plugin),
        Contender("mvn verify, gatelint:check", mvn, cwd=with_plugin),
    ]
    run_alternating(cs, a.reps, log)
    rep.figure("Maven plugin overhead on the sample project (check - no plugin)",
               "%.2f s wall, %.2f s CPU" % (cs[2].wall() - cs[0].wall(), cs[2].cpu() - cs[0].cpu()))
    rep.figure("of which loading the plugin (skipped - no plugin)",
               "%.2f s wall" % (cs[1].wall() - cs[0].wall()))
    return cs


def scenario_linear(a, rep, log):
    # worst-case shapes per parser in one JVM; it prints its own table and exits 1 on a
    # super-linear shape, which is a finding, not a harness failure
    code = subprocess.run(["java", "-cp", JAR, os.path.join("bench", "linear", "LinearBench.java")], cwd=ROOT).returncode
    rep.target("worst-case shapes grow linearly (bench/linear)", "exit %d" % code, code == 0)
    return []


SCENARIOS = {
    "small": scenario_small,
    "empty": scenario_empty,
    "corpus": scenario_corpus,
    "projects": scenario_projects,
    "monorepo": scenario_monorepo,
    "scaling": scenario_scaling,
    "maven": scenario_maven,
    "linear": scenario_linear,
}


# ---------------------------------------------------------------- build and output


def build(a, log):
    if not a.no_build:
        log("building the jar: mvn -B -q -pl core,cli -am package -DskipTests")
        cmd = ["mvn", "-B", "-q", "-pl", "core,cli", "-am", "package", "-DskipTests"]
        if a.offline:
            cmd.insert(1, "-o")
        if subprocess.run(cmd, cwd=ROOT).returncode != 0:
            raise HarnessError("the build failed")
    if not os.path.isfile(JAR):
        raise HarnessError("no %s: run without --no-build" % JAR)
    os.makedirs(CLASSES, exist_ok=True)
    src = os.path.join(ROOT, "bench", "BareParse.java")
    cls = os.path.join(CLASSES, "BareParse.class")
    if not os.path.isfile(cls) or os.path.getmtime(cls) < max(os.path.getmtime(src), os.path.getmtime(JAR)):
        if subprocess.run(["javac", "-d", CLASSES, "-cp", JAR, src]).returncode != 0:
            raise HarnessError("BareParse.java does not compile against the jar")


def machine():
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            m = re.search(r"model name\s*:\s*(.*)", f.read())
            cpu = m.group(1) if m else cpu
    except OSError:
        pass
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    cfn = subprocess.run(["cfn-lint", "--version"], capture_output=True, text=True).stdout.strip() if shutil.which("cfn-lint") else "absent"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return "%s, %d cores, %s; %s; %s; load %.1f at start; %s UTC" % (
        cpu, os.cpu_count(), platform.system(), java[0] if java else "java ?", cfn, load,
        time.strftime("%Y-%m-%d %H:%M", time.gmtime()),
    )


def verdict(met):
    return "n/a" if met is None else ("target met" if met else "target missed")


def markdown(rows, rep, reps, about):
    lines = ["Measured %s; median of %d alternating runs (cfn-lint on the corpus: see its run count)." % (about, reps), ""]
    lines += ["| scenario | command | runs | wall (s) | CPU (s) | peak RSS (MB) |", "|---|---|---|---|---|---|"]
    for scen, c in rows:
        lines.append("| %s | %s | %d | %.2f | %.2f | %.0f |" % (scen, c.name, len(c.runs), c.wall(), c.cpu(), c.rss_mb()))
    if rep.figures:
        lines += ["", "| figure | value |", "|---|---|"]
        lines += ["| %s | %s |" % f for f in rep.figures]
    if rep.targets:
        lines += ["", "| target | measured | verdict |", "|---|---|---|"]
        lines += ["| %s | %s | %s |" % (d, f, verdict(m)) for d, f, m in rep.targets]
    return "\n".join(lines) + "\n"


def write_markdown(a, md):
    for path in [os.path.join(OUT, "results.md")] + ([a.markdown] if a.markdown else []):
        with open(path, "w", encoding="utf-8") as f:
            f.write(md)


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="bench/run.sh",
        description="Whole-process benchmarks of gatelint against cfn-lint, a bare parse pass and the JVM floor.",
    )
    p.add_argument("--reps", type=int, default=5, help="repetitions; the median is reported (default 5)")
    p.add_argument("--only", nargs="+", choices=sorted(SCENARIOS), metavar="SCENARIO",
                   help="scenarios to run: %s (default), %s (only when named)" % (
                       " ".join(DEFAULT_SCENARIOS), " ".join(OPTIONAL_SCENARIOS)))
    p.add_argument("--size", choices=sorted(SIZES), default="medium", help="generated monorepo and scaling counts (default medium)")
    p.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    p.add_argument("--cfn-lint-reps", type=int, default=1,
                   help="runs of cfn-lint on the corpus, about 2 minutes each (default 1)")
    p.add_argument("--bare-java-opts", default=None,
                   help="JVM options for the bare parse pass (default: the launcher's, cli/jvm.options and the archive)")
    p.add_argument("--no-build", action="store_true", help="use the jar as built")
    p.add_argument("--offline", action="store_true", help="build with mvn -o")
    p.add_argument("--markdown", metavar="FILE", help="also write the markdown tables here (always: bench/out/results.md)")
    a = p.parse_args(argv)
    if a.reps < 1:
        p.error("--reps must be at least 1")
    if a.bare_java_opts is not None:
        a.bare_java_opts = a.bare_java_opts.split()
    return a


def main(argv):
    a = parse_args(argv)
    scenarios = a.only or DEFAULT_SCENARIOS

    def log(s):
        print(s, flush=True)

    try:
        os.makedirs(OUT, exist_ok=True)
        build(a, log)
        about = machine()
        log("machine: " + about)
        rep = Report()
        rows = []
        for s in scenarios:
            log("== %s" % s)
            for c in SCENARIOS[s](a, rep, log):
                rows.append((s, c))
            # after each scenario: a long run stopped part-way keeps what it measured
            write_markdown(a, markdown(rows, rep, a.reps, about))
    except HarnessError as e:
        print("bench: %s" % e, file=sys.stderr)
        return 2
    except subprocess.CalledProcessError as e:
        print("bench: %s" % e, file=sys.stderr)
        return 2
    print()
    print("%-12s %-44s %4s %9s %9s %9s" % ("scenario", "command", "runs", "wall s", "CPU s", "RSS MB"))
    for scen, c in rows:
        print("%-12s %-44s %4d %9.2f %9.2f %9.0f" % (scen, c.name[:44], len(c.runs), c.wall(), c.cpu(), c.rss_mb()))
    for what, value in rep.figures:
        print("%s: %s" % (what, value))
    for d, f, m in rep.targets:
        print("%-72s %10s  %s" % (d, f, verdict(m)))
    md = markdown(rows, rep, a.reps, about)
    print()
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
