#include "Job.h"

#include "EventLoop.h"
#include "HostCommand.h"
#include "RuntimeRegistry.h"

Job::Job(EventLoop &loop, const SandboxConfig &config, BoxPool &boxes, ExecuteRequest request,
         bool interactive, Callbacks callbacks)
    : m_loop(loop), m_config(config), m_boxes(boxes), m_request(std::move(request)),
      m_callbacks(std::move(callbacks)), m_stdin(m_request.stdinData), m_stdinEof(!interactive)
{
    if (!interactive)
        m_callbacks.onData = nullptr;
    const Runtime &runtime = *m_request.runtime;
    m_result = {{"language", runtime.language.language}, {"version", runtime.version.toString()}};
}

Job::~Job()
{
    *m_alive = false;
    releaseBox();
}

void Job::releaseBox()
{
    if (!m_box)
        return;
    if (m_stage)
        m_box->process = m_stage->releaseBox();
    m_boxes.retire(std::move(m_box));
}

void Job::start()
{
    std::string error;
    m_box = m_boxes.take(&error);
    for (size_t i = 0; m_box && i < m_request.files.size(); ++i) {
        const auto &file = m_request.files[i];
        if (!m_box->dir->writeFile(file.name, file.content, &error))
            m_box.reset();
    }
    if (!m_box) {
        fail(error);
        return;
    }
    startStage(m_request.runtime->language.compile.empty() ? "run" : "compile");
}

ProgramSpec Job::programSpec(const std::vector<std::string> &command, const StageLimits &limits) const
{
    ProgramSpec spec;
    for (const auto &word : command) {
        if (word == "{sources}") {
            for (const auto &file : m_request.files)
                spec.argv.push_back(file.name);
        } else if (word == "{main}") {
            spec.argv.push_back(m_request.files[m_request.mainFile].name);
        } else {
            spec.argv.push_back(word);
        }
    }
    // The box mirrors the host's /usr, so a host path is the box path; "./a.out" stays relative.
    spec.executable = HostCommand::findOnPath(spec.argv.front()).value_or(spec.argv.front());
    spec.env = {std::string("PATH=") + HostCommand::kSandboxPath, "HOME=/box", "LANG=C.UTF-8",
                "TMPDIR=/tmp"};
    for (const auto &[name, value] : m_request.runtime->language.env)
        spec.env.push_back(name + "=" + value);
    spec.limits = limits;
    return spec;
}

void Job::startStage(const std::string &name)
{
    const Language &language = m_request.runtime->language;
    ProgramSpec spec;
    if (name == "compile") {
        spec = programSpec(language.compile, m_request.compile);
    } else {
        spec = programSpec(language.run, m_request.run);
        spec.argv.insert(spec.argv.end(), m_request.args.begin(), m_request.args.end());
    }
    m_stageName = name;
    // The first stage takes the box's ready process tree; a later one gets a fresh one.
    std::string error;
    std::unique_ptr<BoxProcess> process =
        m_box->process ? std::move(m_box->process) : m_boxes.prepareFor(*m_box, &error);
    if (!process) {
        fail(error);
        return;
    }
    Stage::Callbacks callbacks;
    callbacks.onData = m_callbacks.onData;
    callbacks.onFinished = [this] { onStageFinished(); };
    m_stage = std::make_unique<Stage>(m_loop, m_config, std::move(process), std::move(spec),
                                      m_request.outputLimit, std::move(callbacks));
    if (!m_stage->start(&error)) {
        fail(error);
        return;
    }
    m_stage->setOutputPaused(m_paused);
    if (m_callbacks.onStage)
        m_callbacks.onStage(name);
    // The compile stage reads nothing; what the client sends waits for the run stage.
    if (name == "run") {
        m_stage->writeStdin(m_stdin);
        m_stdin.clear();
    }
    if (name == "compile" || m_stdinEof)
        m_stage->closeStdin();
}

void Job::onStageFinished()
{
    const StageResult result = m_stage->result();
    m_result[m_stageName] = result.toJson(true);
    if (m_callbacks.onExit)
        m_callbacks.onExit(m_stageName, result);
    if (m_stageName == "compile" && result.succeeded()) {
        // The run stage's process tree gets a cgroup of the same name (the box uid's): it is
        // made once the compile stage's is gone.
        m_boxes.endAsync(m_stage->releaseBox(), [this, alive = m_alive] {
            if (*alive)
                startStage("run");
        });
        return;
    }
    // The result goes out first. The box (its cgroup, directory and uid) is retired with the
    // job, which the caller destroys before it reads the next request, and goes once its init
    // has exited; the pool is topped up in the meantime.
    m_callbacks.onFinished(m_result);
    m_boxes.refillSoon();
}

void Job::fail(const std::string &message)
{
    releaseBox();
    m_loop.post([onError = m_callbacks.onError, message] { onError(message); });
}

void Job::writeStdin(const std::string &data)
{
    if (m_stage && m_stageName == "run")
        m_stage->writeStdin(data);
    else if (!m_stdinEof)
        m_stdin += data;
}

void Job::closeStdin()
{
    m_stdinEof = true;
    if (m_stage && m_stageName == "run")
        m_stage->closeStdin();
}

void Job::sendSignal(int signal)
{
    if (m_stage)
        m_stage->sendSignal(signal);
}

void Job::setOutputPaused(bool paused)
{
    m_paused = paused;
    if (m_stage)
        m_stage->setOutputPaused(paused);
}
