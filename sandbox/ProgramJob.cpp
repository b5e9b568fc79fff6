#include "ProgramJob.h"

#include "BoxBinds.h"
#include "EventLoop.h"

#include <cerrno>
#include <cstring>
#include <sys/epoll.h>
#include <sys/timerfd.h>

ProgramJob::ProgramJob(EventLoop &loop, const SandboxConfig &config, BoxPool &boxes,
                       ProgramRequest request, PeerPolicy::Peer client, Callbacks callbacks)
    : m_loop(loop), m_config(config), m_boxes(boxes), m_request(std::move(request)),
      m_client(std::move(client)), m_callbacks(std::move(callbacks))
{
}

ProgramJob::~ProgramJob()
{
    releaseBox();
}

void ProgramJob::releaseBox()
{
    if (!m_box)
        return;
    stopWaiting();
    if (m_stage)
        m_box->process = m_stage->releaseBox();
    m_stage.reset();
    m_boxes.retire(std::move(m_box));
}

void ProgramJob::start()
{
    std::string error;
    m_box = m_boxes.take(&error);
    if (!m_box) {
        fail(error);
        return;
    }
    if (m_request.binds.empty())
        startProgram();
    else
        waitUntilReady();
}

// The binds go into the box's own mount namespace, so its root must be built first: a box
// taken from the pool may still be building. Bounded like any box's set-up.
void ProgramJob::waitUntilReady()
{
    m_setupTimer.reset(timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK));
    const itimerspec budget{{0, 0}, {m_config.setupTimeoutMs / 1000, (m_config.setupTimeoutMs % 1000) * 1000000}};
    if (!m_setupTimer.isValid() || timerfd_settime(m_setupTimer.get(), 0, &budget, nullptr) != 0) {
        fail(std::string("cannot time the box's set-up: ") + strerror(errno));
        return;
    }
    m_loop.add(m_setupTimer.get(), EPOLLIN, [this](uint32_t) {
        fail("the sandbox was not ready within " + std::to_string(m_config.setupTimeoutMs) + " ms");
    });
    m_loop.add(m_box->process->reportPipe(), EPOLLIN, [this](uint32_t) { onReadyReport(); });
}

void ProgramJob::stopWaiting()
{
    if (!m_setupTimer.isValid())
        return;
    m_loop.remove(m_setupTimer.get());
    m_loop.remove(m_box->process->reportPipe());
    m_setupTimer.reset();
}

void ProgramJob::onReadyReport()
{
    BoxReport report;
    const ssize_t n = read(m_box->process->reportPipe(), &report, sizeof report);
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    stopWaiting();
    if (n != ssize_t(sizeof report) || report.kind != BoxReport::Ready) {
        const bool told = n == ssize_t(sizeof report) && report.kind == BoxReport::SetupFailed;
        fail(told ? std::string("the box could not be built: cannot ") + report.step + ": " + strerror(report.error)
                  : "the box ended before it was built");
        return;
    }
    std::string error;
    if (!BoxBinds::attach(m_box->process->pidfd(), m_request.binds, m_client, &error)) {
        fail(error);
        return;
    }
    startProgram();
}

void ProgramJob::startProgram()
{
    std::string error;
    Stage::Callbacks callbacks;
    callbacks.onFinished = [this] {
        // The result goes out first; the box is retired when the client destroys the job.
        m_callbacks.onFinished(m_stage->result());
        m_boxes.refillSoon();
    };
    m_stage = std::make_unique<Stage>(m_loop, m_config, std::move(m_box->process),
                                      ProgramSpec::inBox(m_request.argv, m_request.limits),
                                      m_request.outputLimit, std::move(callbacks));
    if (!m_stage->start(&error)) {
        fail(error);
        return;
    }
    m_stage->writeStdin(m_request.stdinData);
    m_request.stdinData.clear();
    if (m_stdinEof)
        m_stage->closeStdin();
    if (m_signal)
        m_stage->sendSignal(m_signal);
}

void ProgramJob::fail(const std::string &message)
{
    releaseBox();
    m_loop.post([onError = m_callbacks.onError, message] { onError(message); });
}

// Before the program is there (its box being readied for binds), what the client sends waits.
void ProgramJob::writeStdin(const std::string &data)
{
    if (m_stage)
        m_stage->writeStdin(data);
    else
        m_request.stdinData += data;
}

void ProgramJob::closeStdin()
{
    m_stdinEof = true;
    if (m_stage)
        m_stage->closeStdin();
}

void ProgramJob::sendSignal(int signal)
{
    if (m_stage)
        m_stage->sendSignal(signal);
    else
        m_signal = signal;
}
