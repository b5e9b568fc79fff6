#pragma once

#include <QObject>

// Korean (like Chinese and Japanese) writes a mnemonic after the words: "실행(&R)". Of that a tool
// button would show "실행(R)", since Qt only drops the '&'. Installed on the application, this
// gives every action on a tool button its words alone ("실행") unless it has a button text of its
// own; menus keep the mnemonic.
class ButtonMnemonics : public QObject {
    Q_OBJECT
public:
    explicit ButtonMnemonics(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
