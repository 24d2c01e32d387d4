// How the example servers stop: SIGINT (Ctrl-C) or SIGTERM, taken by one
// sigwait() in main instead of a signal handler, so nothing runs in signal
// context. Construct it before any thread starts: threads inherit the blocked
// mask, so the signal can only reach the sigwait().
#pragma once

#include <pthread.h>
#include <signal.h>

namespace examples {

class stop_signals {
public:
    stop_signals() {
        sigemptyset(&set_);
        sigaddset(&set_, SIGINT);
        sigaddset(&set_, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &set_, nullptr);
        signal(SIGPIPE, SIG_IGN);  // a peer hanging up must not end the process
    }

    /// Blocks until SIGINT or SIGTERM arrives.
    void wait() const {
        int sig = 0;
        sigwait(&set_, &sig);
    }

private:
    sigset_t set_;
};

}  // namespace examples
