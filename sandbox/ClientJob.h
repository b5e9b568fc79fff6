#pragma once

#include <cstddef>
#include <string>

// What a connection does with one of its running jobs, whatever the job is: an execute or init
// (Job) or a program of a `run` message (ProgramJob).
class ClientJob {
public:
    virtual ~ClientJob() = default;

    virtual void start() = 0;
    virtual void writeStdin(const std::string &data) = 0;
    // Bytes sent to stdin that the program has not taken yet.
    virtual size_t pendingStdin() const = 0;
    virtual void closeStdin() = 0;
    virtual void sendSignal(int signal) = 0;
    // Only jobs that stream their output pause it.
    virtual void setOutputPaused(bool paused) = 0;
};
