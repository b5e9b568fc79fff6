#include "Verdict.h"

#include <QCoreApplication>

QString verdictCode(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pending:
        return QString();
    case Verdict::Running:
        return QStringLiteral("…");
    case Verdict::Accepted:
        return QStringLiteral("AC");
    case Verdict::WrongAnswer:
        return QStringLiteral("WA");
    case Verdict::TimeLimit:
        return QStringLiteral("TLE");
    case Verdict::MemoryLimit:
        return QStringLiteral("MLE");
    case Verdict::RuntimeError:
        return QStringLiteral("RE");
    case Verdict::OutputLimit:
        return QStringLiteral("OLE");
    case Verdict::CompileError:
        return QStringLiteral("CE");
    case Verdict::CheckerError:
        return QStringLiteral("CHK");
    }
    return QString();
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pending:
        return QCoreApplication::translate("Verdict", "Not run");
    case Verdict::Running:
        return QCoreApplication::translate("Verdict", "Running");
    case Verdict::Accepted:
        return QCoreApplication::translate("Verdict", "Accepted");
    case Verdict::WrongAnswer:
        return QCoreApplication::translate("Verdict", "Wrong answer");
    case Verdict::TimeLimit:
        return QCoreApplication::translate("Verdict", "Time limit exceeded");
    case Verdict::MemoryLimit:
        return QCoreApplication::translate("Verdict", "Memory limit exceeded");
    case Verdict::RuntimeError:
        return QCoreApplication::translate("Verdict", "Runtime error");
    case Verdict::OutputLimit:
        return QCoreApplication::translate("Verdict", "Output limit exceeded");
    case Verdict::CompileError:
        return QCoreApplication::translate("Verdict", "Compilation error");
    case Verdict::CheckerError:
        return QCoreApplication::translate("Verdict", "Checker error");
    }
    return QString();
}
