#include "RemoteServer.h"

#include <QCoreApplication>

bool RemoteServer::isValid() const
{
    return !name.trimmed().isEmpty() && urlProblem(url).isEmpty();
}

QString RemoteServer::urlProblem(const QUrl &url)
{
    if (url.isEmpty())
        return QCoreApplication::translate("RemoteServer", "The address is empty.");
    if (!url.isValid())
        return QCoreApplication::translate("RemoteServer", "This is not an address: %1")
            .arg(url.errorString());
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return QCoreApplication::translate("RemoteServer",
                                           "The address must start with http:// or https://.");
    if (url.host().isEmpty())
        return QCoreApplication::translate(
            "RemoteServer",
            "The address needs a host name or IP address, e.g. http://192.168.1.20:2000.");
    return QString();
}
