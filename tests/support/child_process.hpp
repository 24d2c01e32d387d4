// Another program run as a child process, for tests that drive a real
// executable (an example, a CLI) and watch what it prints.
//
//     test_support::child_process child("/path/to/server", {"--port", "0"}, {{"MERCADOPAGO_ACCESS_TOKEN", "TEST-1"}});
//     auto line = child.wait_for_line("listening on", std::chrono::seconds{10});
//     INFO(child.transcript());
//     REQUIRE(line);
//     ...
//     CHECK(child.terminate() == 128 + SIGTERM);
//
// For a program that should stop by itself, wait_for_exit(timeout) returns
// its status without signalling it.
//
// The child's stdout and stderr share one pipe, so lines come back in the
// order the child wrote them (as long as it flushes). Its stdin is
// /dev/null: it must never read the test runner's terminal.
//
// The program is started with posix_spawn(), not fork()+exec(): the test
// process has other threads (loopback servers), and a forked copy of a
// multithreaded process may only call async-signal-safe functions before
// exec. The path is used as given (no PATH search).
//
// The child leads a process group of its own, and terminate() signals the
// whole group: killing only `sh` in `sh -c 'a | b'` would leave `a` and `b`
// running and holding the pipe open.
//
// Every wait is bounded: read_line() and wait_for_line() take a timeout,
// terminate() escalates to SIGKILL after a grace period, and the destructor
// terminates a child that is still running.
//
// Not thread-safe: use one object from one thread at a time.
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>  // environ (glibc declares it under _GNU_SOURCE, which g++ and clang++ define)

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <climits>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

namespace test_support {

namespace detail {

/// Owns one file descriptor, so that a constructor that throws half-way
/// leaks none.
class unique_fd {
public:
    unique_fd() = default;
    explicit unique_fd(int fd) noexcept : fd_(fd) {}
    ~unique_fd() { reset(); }
    unique_fd(const unique_fd&) = delete;
    unique_fd& operator=(const unique_fd&) = delete;

    int get() const noexcept { return fd_; }
    bool valid() const noexcept { return fd_ >= 0; }
    int release() noexcept { return std::exchange(fd_, -1); }
    void reset(int fd = -1) noexcept {
        if (fd_ >= 0) ::close(fd_);
        fd_ = fd;
    }

private:
    int fd_ = -1;
};

[[noreturn]] inline void throw_errno(const std::string& what, int err) {
    throw std::runtime_error("child_process: " + what + ": " + std::system_category().message(err));
}

/// A pipe end numbered 0, 1 or 2 (possible only if the test runner started
/// with a standard stream closed) would be overwritten by the child's own
/// dup2() calls, so move it above them. F_DUPFD_CLOEXEC keeps the
/// close-on-exec flag.
inline void move_above_stdio(unique_fd& fd) {
    if (fd.get() > STDERR_FILENO) return;
    const int moved = ::fcntl(fd.get(), F_DUPFD_CLOEXEC, STDERR_FILENO + 1);
    if (moved < 0) throw_errno("fcntl(F_DUPFD_CLOEXEC)", errno);
    fd.reset(moved);
}

/// Milliseconds left until `deadline` for poll(): rounded up, so that a
/// sub-millisecond remainder waits 1 ms instead of spinning with 0.
inline int poll_timeout_ms(std::chrono::steady_clock::time_point deadline) {
    const auto left = deadline - std::chrono::steady_clock::now();
    if (left <= left.zero()) return 0;
    const auto ms = std::chrono::ceil<std::chrono::milliseconds>(left).count();
    return static_cast<int>(std::min<decltype(ms)>(ms, INT_MAX));
}

/// posix_spawn takes `char* const[]`; the strings stay owned by `storage`.
inline std::vector<char*> c_string_array(std::vector<std::string>& storage) {
    std::vector<char*> out;
    out.reserve(storage.size() + 1);
    for (auto& s : storage) out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

/// posix_spawn's attribute and file-action objects, destroyed on every path.
struct spawn_setup {
    posix_spawnattr_t attr;
    posix_spawn_file_actions_t actions;
    bool attr_ok = false;
    bool actions_ok = false;

    spawn_setup() = default;
    spawn_setup(const spawn_setup&) = delete;
    spawn_setup& operator=(const spawn_setup&) = delete;
    ~spawn_setup() {
        if (actions_ok) posix_spawn_file_actions_destroy(&actions);
        if (attr_ok) posix_spawnattr_destroy(&attr);
    }
};

inline void check_spawn(int rc, const char* what) {
    if (rc != 0) throw_errno(what, rc);  // the posix_spawn* family returns the error number
}

}  // namespace detail

class child_process {
public:
    /// Starts `program` (a path) with argv = program + args, and the parent's
    /// environment with `extra_env` added on top (same-named variables are
    /// replaced). Throws std::runtime_error if the program cannot be started
    /// (glibc reports a failed exec, e.g. a missing file, here too).
    child_process(std::string program, std::vector<std::string> args,
                  std::vector<std::pair<std::string, std::string>> extra_env = {})
        : program_(std::move(program)) {
        for (const auto& [name, value] : extra_env)
            if (name.empty() || name.find('=') != std::string::npos)
                throw std::invalid_argument("child_process: bad environment variable name '" + name + "'");

        std::vector<std::string> argv_storage;
        argv_storage.reserve(args.size() + 1);
        argv_storage.push_back(program_);
        for (auto& a : args) argv_storage.push_back(std::move(a));

        std::vector<std::string> env_storage;
        for (char** e = environ; e && *e; ++e) {
            const std::string_view entry(*e);
            const auto name = entry.substr(0, entry.find('='));
            const bool overridden = std::any_of(extra_env.begin(), extra_env.end(),
                                                [&](const auto& kv) { return kv.first == name; });
            if (!overridden) env_storage.emplace_back(entry);
        }
        for (const auto& [name, value] : extra_env) env_storage.push_back(name + "=" + value);

        auto argv = detail::c_string_array(argv_storage);
        auto envp = detail::c_string_array(env_storage);

        // Both ends close-on-exec from the start (pipe2, not pipe + fcntl):
        // a child spawned meanwhile by another thread must not inherit the
        // write end, or our read end would never see EOF.
        // O_NONBLOCK is set on the read end only. A pipe's two ends are
        // separate open file descriptions, but the child's stdout and stderr
        // share the write end's: a non-blocking write end would make the
        // child's own writes fail with EAGAIN once the pipe is full.
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0) detail::throw_errno("pipe2", errno);
        detail::unique_fd read_end(fds[0]);
        detail::unique_fd write_end(fds[1]);
        detail::move_above_stdio(read_end);
        detail::move_above_stdio(write_end);
        const int fl = ::fcntl(read_end.get(), F_GETFL);
        if (fl < 0 || ::fcntl(read_end.get(), F_SETFL, fl | O_NONBLOCK) != 0)
            detail::throw_errno("fcntl(O_NONBLOCK)", errno);

        detail::spawn_setup s;
        detail::check_spawn(posix_spawnattr_init(&s.attr), "posix_spawnattr_init");
        s.attr_ok = true;
        detail::check_spawn(posix_spawn_file_actions_init(&s.actions), "posix_spawn_file_actions_init");
        s.actions_ok = true;

        // The spawning thread may block signals, and the test runner may
        // ignore some (SIGPIPE, typically): the child would inherit both.
        // Start it with an empty mask and every signal at its default, so
        // that SIGTERM means the same as in production.
        sigset_t none;
        sigemptyset(&none);
        sigset_t all;
        sigfillset(&all);
        sigdelset(&all, SIGKILL);  // cannot be changed anyway
        sigdelset(&all, SIGSTOP);
        detail::check_spawn(posix_spawnattr_setsigmask(&s.attr, &none), "posix_spawnattr_setsigmask");
        detail::check_spawn(posix_spawnattr_setsigdefault(&s.attr, &all), "posix_spawnattr_setsigdefault");
        detail::check_spawn(posix_spawnattr_setpgroup(&s.attr, 0), "posix_spawnattr_setpgroup");
        detail::check_spawn(
            posix_spawnattr_setflags(&s.attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP),
            "posix_spawnattr_setflags");

        // Close-on-exec would close both pipe ends at exec anyway; the
        // explicit closes keep the child's descriptor table obvious.
        auto& fa = s.actions;
        detail::check_spawn(posix_spawn_file_actions_addclose(&fa, read_end.get()), "addclose");
        detail::check_spawn(posix_spawn_file_actions_addopen(&fa, STDIN_FILENO, "/dev/null", O_RDONLY, 0), "addopen");
        detail::check_spawn(posix_spawn_file_actions_adddup2(&fa, write_end.get(), STDOUT_FILENO), "adddup2(stdout)");
        detail::check_spawn(posix_spawn_file_actions_adddup2(&fa, write_end.get(), STDERR_FILENO), "adddup2(stderr)");
        detail::check_spawn(posix_spawn_file_actions_addclose(&fa, write_end.get()), "addclose");

        pid_t pid = -1;
        const int rc = ::posix_spawn(&pid, program_.c_str(), &fa, &s.attr, argv.data(), envp.data());
        if (rc != 0) detail::throw_errno("cannot start " + program_, rc);
        pid_ = pid;

        // Only the child may hold the write end, so that the read end sees
        // EOF once the child (and everything it started) has exited.
        write_end.reset();
        fd_.reset(read_end.release());
    }

    ~child_process() {
        if (!finished_) {
            try {
                terminate();
            } catch (...) {
                // Only an allocation failure in the transcript can get here;
                // the child has been signalled and reaped by then.
            }
        }
    }

    child_process(const child_process&) = delete;
    child_process& operator=(const child_process&) = delete;

    pid_t pid() const noexcept { return pid_; }

    /// Everything read so far, lines joined with '\n' (for INFO/CAPTURE).
    /// After terminate() it also holds the output nobody read.
    const std::string& transcript() const noexcept { return transcript_; }

    /// The next line of output, without its '\n'. A last line without '\n'
    /// counts as a line once the child has closed its output. std::nullopt
    /// when `timeout` passes first, or at the end of the output (always after
    /// terminate()).
    std::optional<std::string> read_line(std::chrono::milliseconds timeout) {
        const auto deadline = std::chrono::steady_clock::now() + std::max(timeout, timeout.zero());
        for (;;) {
            if (const auto nl = pending_.find('\n'); nl != std::string::npos) {
                std::string line = pending_.substr(0, nl);
                pending_.erase(0, nl + 1);
                record(line);
                return line;
            }
            if (!fd_.valid()) {
                if (pending_.empty()) return std::nullopt;
                std::string line = std::move(pending_);
                pending_.clear();
                record(line);
                return line;
            }
            pollfd p{fd_.get(), POLLIN, 0};
            const int ready = ::poll(&p, 1, detail::poll_timeout_ms(deadline));
            if (ready < 0) {
                if (errno == EINTR) continue;  // the deadline still holds
                close_fd();                    // cannot wait on it: treat as the end
                continue;
            }
            if (ready == 0) {
                if (std::chrono::steady_clock::now() >= deadline) return std::nullopt;
                continue;
            }
            read_available();
        }
    }

    /// Reads lines until one contains `needle` and returns it; std::nullopt
    /// if `timeout` passes or the output ends first. Every line read,
    /// matching or not, goes to the transcript.
    std::optional<std::string> wait_for_line(std::string_view needle, std::chrono::milliseconds timeout) {
        const auto deadline = std::chrono::steady_clock::now() + std::max(timeout, timeout.zero());
        for (;;) {
            const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
            auto line = read_line(std::max(left, left.zero()));
            if (!line) return std::nullopt;
            if (line->find(needle) != std::string::npos) return line;
        }
    }

    /// Waits up to `timeout` for the child to exit by itself (it is not
    /// signalled). Returns its status as terminate() does, or std::nullopt if
    /// it is still running. Use this rather than terminate() for a program
    /// expected to stop on its own: terminate() would race its SIGTERM
    /// against the program's exit.
    std::optional<int> wait_for_exit(std::chrono::milliseconds timeout) {
        if (finished_) return status_;
        const auto deadline = std::chrono::steady_clock::now() + std::max(timeout, timeout.zero());
        if (!exited_by(deadline)) return std::nullopt;
        finish();
        return status_;
    }

    /// Stops the child: SIGTERM to its process group, up to `grace` to exit,
    /// then SIGKILL. Returns the exit code if it exited, 128 + the signal
    /// number if a signal killed it (as a shell reports it), or -1 if it
    /// could not be reaped (still there 10 s after SIGKILL, or reaped by
    /// someone else). A child that already exited is only reaped. Later calls
    /// return the same value.
    int terminate(std::chrono::milliseconds grace = std::chrono::seconds{5}) {
        if (finished_) return status_;
        const auto now = std::chrono::steady_clock::now();
        if (!exited_by(now)) {
            signal_group(SIGTERM);
            signal_group(SIGCONT);  // a stopped child acts on SIGTERM only once continued
            if (!exited_by(now + std::max(grace, grace.zero()))) {
                signal_group(SIGKILL);
                // SIGKILL cannot be caught; only a process stuck in the
                // kernel (uninterruptible sleep) outlives this bound. Such a
                // child is given up on (status -1) rather than hang the test.
                if (!exited_by(std::chrono::steady_clock::now() + std::chrono::seconds{10})) {
                    finished_ = true;
                    status_ = -1;
                    drain();
                    return status_;
                }
            }
        }
        finish();
        return status_;
    }

private:
    /// Polls (without reaping) until the child has exited or `deadline`
    /// passes. WNOWAIT leaves the child a zombie, so its pid (which is also
    /// its process-group id) cannot be reused before finish() is done with
    /// the group.
    bool exited_by(std::chrono::steady_clock::time_point deadline) {
        for (;;) {
            siginfo_t info{};
            const int rc = ::waitid(P_PID, static_cast<id_t>(pid_), &info, WEXITED | WNOHANG | WNOWAIT);
            if (rc == 0 && info.si_pid != 0) return true;
            if (rc != 0 && errno != EINTR) {
                // ECHILD: reaped elsewhere (the runner set SIGCHLD to
                // SIG_IGN?). Its pid may belong to another process by now.
                reaped_elsewhere_ = true;
                return true;
            }
            const auto now = std::chrono::steady_clock::now();
            if (now >= deadline) return false;
            std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(std::chrono::milliseconds{10},
                                                                                      deadline - now));
        }
    }

    /// Signals the child's process group. Falls back to the child alone in
    /// case the group does not exist yet (a libc whose posix_spawn returns
    /// before the child's setpgid; glibc's does not).
    void signal_group(int sig) noexcept {
        if (::kill(-pid_, sig) != 0 && errno == ESRCH) ::kill(pid_, sig);
    }

    /// The child has exited but is not reaped yet: kill what is left of its
    /// group (the last moment the group id is surely still ours), reap it and
    /// collect the rest of the output.
    void finish() {
        finished_ = true;
        status_ = -1;
        if (reaped_elsewhere_) {
            drain();
            return;
        }
        signal_group(SIGKILL);
        int raw = 0;
        pid_t r;
        do {
            r = ::waitpid(pid_, &raw, 0);  // returns at once: the child is a zombie
        } while (r < 0 && errno == EINTR);
        if (r != pid_)
            status_ = -1;
        else if (WIFEXITED(raw))
            status_ = WEXITSTATUS(raw);
        else if (WIFSIGNALED(raw))
            status_ = 128 + WTERMSIG(raw);
        drain();
    }

    /// Moves all output still in the pipe, and any unread lines, into the
    /// transcript, without blocking: whatever the pipe holds now is all the
    /// group wrote. The time bound guards against a descendant that left the
    /// group and keeps writing.
    void drain() {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds{500};
        while (fd_.valid() && std::chrono::steady_clock::now() < deadline) {
            if (!read_available()) break;
        }
        close_fd();
        while (read_line(std::chrono::milliseconds{0})) {
        }
    }

    /// Appends what one read() returns to pending_. Returns false when there
    /// is nothing to read right now (EAGAIN) or at the end (fd_ closed).
    bool read_available() {
        char buf[4096];
        for (;;) {
            const ssize_t n = ::read(fd_.get(), buf, sizeof buf);
            if (n > 0) {
                pending_.append(buf, static_cast<std::size_t>(n));
                return true;
            }
            if (n < 0 && errno == EINTR) continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return false;
            close_fd();  // 0: EOF; any other error ends the output too
            return false;
        }
    }

    void record(const std::string& line) {
        if (lines_ > 0) transcript_ += '\n';
        transcript_ += line;
        ++lines_;
    }

    void close_fd() noexcept { fd_.reset(); }

    std::string program_;
    pid_t pid_ = -1;
    detail::unique_fd fd_;  // the read end of the child's stdout+stderr pipe
    std::string pending_;  // read but not yet returned as a line
    std::string transcript_;
    std::size_t lines_ = 0;
    bool finished_ = false;  // reaped (or given up on)
    bool reaped_elsewhere_ = false;
    int status_ = -1;
};

}  // namespace test_support
