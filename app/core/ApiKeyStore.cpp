#include "ApiKeyStore.h"

#include <QPointer>
#include <QSettings>
#include <QTimer>
#include <QtDebug>

#ifdef RUNPAD_HAVE_QTKEYCHAIN
#if QT_VERSION_MAJOR >= 6
#include <qt6keychain/keychain.h>
#else
#include <qt5keychain/keychain.h>
#endif
#endif

namespace {

const QString KeychainService = QStringLiteral("RunPad remote servers");

} // namespace

ApiKeyStore::Where ApiKeyStore::s_where = ApiKeyStore::Where::Unknown;
QString ApiKeyStore::s_why;

ApiKeyStore::ApiKeyStore(QObject *parent) : QObject(parent)
{
    // Asked at once, so the settings page can show the warning when it opens.
    whenKnown([this] {
        if (s_where == Where::SettingsFile)
            emit warningChanged();
    });
}

QString ApiKeyStore::settingsKey(const QString &id)
{
    return QStringLiteral("remotes/%1/apiKey").arg(id);
}

QString ApiKeyStore::warning() const
{
    if (s_where != Where::SettingsFile)
        return {};
    return tr("API keys are kept in plain text in the settings file %1, because %2.")
        .arg(QSettings().fileName(), s_why);
}

void ApiKeyStore::whenKnown(std::function<void()> then)
{
#ifdef RUNPAD_HAVE_QTKEYCHAIN
    if (s_where == Where::Unknown) {
        // One probe for the whole process; every store waits for the same answer. It writes
        // (and then deletes) an entry: a secret service that is missing can still answer reads
        // with "entry not found" through a bare session bus, but it cannot store anything.
        static QPointer<QKeychain::WritePasswordJob> probe;
        if (!probe) {
            probe = new QKeychain::WritePasswordJob(KeychainService);
            probe->setKey(QStringLiteral("runpad-keychain-probe"));
            probe->setTextData(QStringLiteral("RunPad checks that keys can be stored here"));
            // Connected before any store's slot, so the answer is recorded before they run.
            connect(probe, &QKeychain::Job::finished, probe, [](QKeychain::Job *job) {
                const QKeychain::Error error = job->error();
                // A user who refused access still has a keychain; storing keys there fails
                // with its own message rather than going to the settings file behind their back.
                if (error == QKeychain::NoError || error == QKeychain::AccessDeniedByUser) {
                    s_where = Where::Keychain;
                    auto *cleanup = new QKeychain::DeletePasswordJob(KeychainService);
                    cleanup->setKey(QStringLiteral("runpad-keychain-probe"));
                    cleanup->start();
                } else {
                    s_where = Where::SettingsFile;
                    s_why = tr("no system keychain could store them (%1)").arg(job->errorString());
                }
            });
            probe->start();
        }
        connect(probe, &QKeychain::Job::finished, this, [then] { then(); });
        return;
    }
#else
    s_where = Where::SettingsFile;
    s_why = tr("RunPad was built without QtKeychain");
#endif
    QTimer::singleShot(0, this, std::move(then));
}

void ApiKeyStore::read(const QString &id, std::function<void(const QString &key)> done)
{
    whenKnown([this, id, done = std::move(done)] {
        if (s_where == Where::Keychain)
            readFromKeychain(id, done);
        else
            done(QSettings().value(settingsKey(id)).toString());
    });
}

void ApiKeyStore::write(const QString &id, const QString &key,
                        std::function<void(const QString &error)> done)
{
    whenKnown([this, id, key, done = std::move(done)] {
        if (s_where == Where::Keychain) {
            writeToKeychain(id, key, done);
            return;
        }
        QSettings settings;
        if (key.isEmpty())
            settings.remove(settingsKey(id));
        else
            settings.setValue(settingsKey(id), key);
        settings.sync();
        done(settings.status() == QSettings::NoError
                 ? QString()
                 : tr("The key could not be written to the settings file %1.")
                       .arg(settings.fileName()));
    });
}

void ApiKeyStore::readFromKeychain(const QString &id, std::function<void(const QString &key)> done)
{
#ifdef RUNPAD_HAVE_QTKEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(KeychainService, this);
    job->setKey(id);
    connect(job, &QKeychain::Job::finished, this, [id, done](QKeychain::Job *finished) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::NoError) {
            done(read->textData());
            return;
        }
        if (read->error() != QKeychain::EntryNotFound)
            qWarning("RunPad: the system keychain did not give the API key: %s",
                     qPrintable(read->errorString()));
        // A key saved while no keychain ran is still in the settings file.
        done(QSettings().value(settingsKey(id)).toString());
    });
    job->start();
#else
    Q_UNUSED(id)
    done({});
#endif
}

void ApiKeyStore::writeToKeychain(const QString &id, const QString &key,
                                  std::function<void(const QString &error)> done)
{
#ifdef RUNPAD_HAVE_QTKEYCHAIN
    QKeychain::Job *job = nullptr;
    if (key.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(KeychainService, this);
    } else {
        auto *write = new QKeychain::WritePasswordJob(KeychainService, this);
        write->setTextData(key);
        job = write;
    }
    job->setKey(id);
    connect(job, &QKeychain::Job::finished, this, [id, done](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError &&
            finished->error() != QKeychain::EntryNotFound) {
            done(tr("The system keychain did not store the key: %1.").arg(finished->errorString()));
            return;
        }
        // No plain-text copy stays behind once the keychain has the key.
        QSettings().remove(settingsKey(id));
        done({});
    });
    job->start();
#else
    Q_UNUSED(id)
    Q_UNUSED(key)
    done({});
#endif
}
