#!/usr/bin/env python3
"""Runs a terminal program in a pseudo-terminal (80x24) and measures it.

  ptyrun.py first-frame N CMD...   median time to the first frame over N runs
  ptyrun.py idle SECS KEYS CMD...  CPU used while idle for SECS, and peak RSS

The first frame is the first output from the program. Idle: after sending
KEYS (e.g. "\\r" to start) and one second to settle, the CPU time the process
uses over SECS seconds, from /proc/PID/stat.
"""
import fcntl, os, pty, select, signal, statistics, struct, sys, termios, time

def spawn(cmd):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execvp(cmd[0], cmd)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    return pid, fd

def drain(fd, secs):
    end = time.monotonic() + secs
    while (left := end - time.monotonic()) > 0:
        r, _, _ = select.select([fd], [], [], left)
        if r:
            try:
                os.read(fd, 65536)
            except OSError:
                return

def stop(pid, fd):
    os.kill(pid, signal.SIGTERM)
    drain(fd, 0.2)
    os.waitpid(pid, 0)
    os.close(fd)

def first_frame(n, cmd):
    times = []
    for _ in range(n):
        t0 = time.monotonic()
        pid, fd = spawn(cmd)
        select.select([fd], [], [], 5)
        times.append((time.monotonic() - t0) * 1000)
        drain(fd, 0.3)
        stop(pid, fd)
    print(f"first frame ms: median {statistics.median(times):.1f} "
          f"min {min(times):.1f} max {max(times):.1f} (n={n})")

def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime

def peak_rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0

def idle(secs, keys, cmd):
    pid, fd = spawn(cmd)
    drain(fd, 0.5)
    if keys:
        os.write(fd, keys.encode().decode("unicode_escape").encode())
    drain(fd, 1.0)
    hz = os.sysconf("SC_CLK_TCK")
    c0, t0 = cpu_ticks(pid), time.monotonic()
    drain(fd, secs)
    c1, t1 = cpu_ticks(pid), time.monotonic()
    rss = peak_rss_kib(pid)
    stop(pid, fd)
    cpu = (c1 - c0) / hz
    print(f"idle cpu: {cpu:.3f} s over {t1 - t0:.1f} s = {100 * cpu / (t1 - t0):.3f}% of a core; "
          f"peak RSS {rss} KiB")

if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "first-frame":
        first_frame(int(sys.argv[2]), sys.argv[3:])
    elif mode == "idle":
        idle(float(sys.argv[2]), sys.argv[3], sys.argv[4:])
    else:
        sys.exit(__doc__)
