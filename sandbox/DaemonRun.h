#pragma once

#include "EventLoop.h"
#include "Fd.h"
#include "StageResult.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

// `runpad-sandbox run --socket PATH`: hands the program to a running daemon as a `run` message
// (PROTOCOL.md), so one of the boxes it keeps ready starts it at once: this process builds no
// box. It relays its stdin as it comes, asks for the box to be killed when it gets SIGINT,
// SIGTERM or SIGHUP (the result still comes), and returns the program's result, its stdout and
// stderr as the bytes they were.
class DaemonRun {
public:
    struct Outcome {
        StageResult result;
        bool hasCgroup = false;
        int callerSignal = 0; // what this process got, if it had the box killed
    };

    // request: the `run` message without its stdin. Nothing, with the reason, when the daemon
    // cannot be reached, refused the program, or went away before its result.
    static std::optional<Outcome> run(const std::string &socketPath, nlohmann::json request,
                                      std::string *error);

private:
    explicit DaemonRun(Fd socket) : m_socket(std::move(socket)) {}

    bool send(const nlohmann::json &message);
    void relayStdin();
    void readAnswers();
    void handleAnswer(const std::string &line);
    void onSignal();
    void finish(const std::string &failure);

    Fd m_socket;
    EventLoop m_loop;
    Fd m_signals;
    std::string m_input; // answers not yet a whole line
    std::optional<Outcome> m_outcome;
    int m_callerSignal = 0;
    std::string m_failure;
};
