#include "Job.h"

#include "EventLoop.h"
#include "HostCommand.h"
#include "RuntimeRegistry.h"

Job::Job(EventLoop &loop, const SandboxConfig &config, BoxUidPool &uids, ExecuteRequest request,
         bool interactive, Callbacks callbacks)
    : m_loop(loop), m_config(config), m_uids(uids), m_request(std::move(request)),
      m_callbacks(std::move(callbacks)), m_stdin(m_request.stdinData), m_stdinEof(!interactive)
{
    if (!interactive)
        m_callbacks.onData = nullptr;
    const Runtime &runtime = *m_request.runtime;
    m_result = {{"language", runtime.language.language}, {"version", runtime.version.toString()}};
}

void Job::start()
{
    m_lease = m_uids.acquire();
    if (!m_lease) {
        fail("the sandbox is busy: all " + std::to_string(m_config.uidCount) +
             " boxes are in use; try again when a job has finished");
        return;
    }
    std::string error;
    m_dir = BoxDir::create(m_config, m_lease->uid(), &error);
    for (size_t i = 0; m_dir && i < m_request.files.size(); ++i) {
        const auto &file = m_request.files[i];
        if (!m_dir->writeFile(file.name, file.content, &error))
            m_dir.reset();
    }
    if (!m_dir) {
        fail(error);
        return;
    }
    startStage(m_request.runtime->language.compile.empty() ? "run" : "compile");
}

StageSpec Job::stageSpec(const std::vector<std::string> &command, const StageLimits &limits) const
{
    StageSpec spec;
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
    spec.uid = m_lease->uid();
    spec.boxPath = m_dir->boxPath();
    spec.rootPath = m_dir->rootPath();
    return spec;
}

void Job::startStage(const std::string &name)
{
    const Language &language = m_request.runtime->language;
    StageSpec spec;
    if (name == "compile") {
        spec = stageSpec(language.compile, m_request.compile);
    } else {
        spec = stageSpec(language.run, m_request.run);
        spec.argv.insert(spec.argv.end(), m_request.args.begin(), m_request.args.end());
    }
    m_stageName = name;
    Stage::Callbacks callbacks;
    callbacks.onData = m_callbacks.onData;
    callbacks.onFinished = [this] { onStageFinished(); };
    m_stage = std::make_unique<Stage>(m_loop, m_config, std::move(spec), m_request.outputLimit,
                                      std::move(callbacks));
    std::string error;
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
    m_stage.reset();
    m_result[m_stageName] = result.toJson(true);
    if (m_callbacks.onExit)
        m_callbacks.onExit(m_stageName, result);
    if (m_stageName == "compile" && result.succeeded()) {
        startStage("run");
        return;
    }
    m_dir.reset();
    m_lease.reset();
    m_callbacks.onFinished(m_result);
}

void Job::fail(const std::string &message)
{
    m_stage.reset();
    m_dir.reset();
    m_lease.reset();
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
