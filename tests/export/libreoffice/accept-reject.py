#!/usr/bin/python3
"""Open DOCX files in headless LibreOffice, accept or reject all tracked changes, save each as plain text (or as DOCX).

An independent reader of Concord's tracked Word export: LibreOffice's text export writes list numbers,
so the text shows what Word's numbering makes of the paragraphs after Accept All / Reject All.

  accept-reject.py PORT PROFILE_DIR (accept|reject|none):IN.docx:OUT.(txt|docx) ...

Starts soffice on 127.0.0.1:PORT with a throwaway profile, runs every job, then ends soffice.
"""
import os
import signal
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue

SOFFICE = os.environ.get('SOFFICE', '/usr/bin/soffice')
COMMANDS = {'accept': '.uno:AcceptAllTrackedChanges', 'reject': '.uno:RejectAllTrackedChanges', 'none': None}


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(port, deadline):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    url = f'uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext'
    while True:
        try:
            return resolver.resolve(url)
        except Exception:  # NoConnectException until soffice listens
            if time.time() > deadline:
                raise
            time.sleep(0.5)


def run_job(context, desktop, command, source, target):
    url = uno.systemPathToFileUrl(os.path.abspath(source))
    document = desktop.loadComponentFromURL(url, '_blank', 0, (prop('Hidden', True),))
    if document is None:
        raise RuntimeError(f'LibreOffice could not open {source}')
    try:
        if command:
            dispatcher = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.DispatchHelper', context)
            frame = document.getCurrentController().getFrame()
            dispatcher.executeDispatch(frame, command, '', 0, ())
        out = uno.systemPathToFileUrl(os.path.abspath(target))
        if target.endswith('.docx'):
            document.storeToURL(out, (prop('FilterName', 'MS Word 2007 XML'),))
        else:
            document.storeToURL(out, (prop('FilterName', 'Text (encoded)'), prop('FilterOptions', 'UTF8,LF,,,')))
    finally:
        document.close(True)


def main():
    port, profile, *jobs = sys.argv[1:]
    # A test's timeout ends this script with SIGTERM: end soffice with it (the finally below).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    process = subprocess.Popen(
        [SOFFICE, '--headless', '--invisible', '--norestore', '--nologo', '--nodefault', '--nolockcheck',
         f'-env:UserInstallation={uno.systemPathToFileUrl(os.path.abspath(profile))}',
         f'--accept=socket,host=127.0.0.1,port={port};urp;'],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        # /usr/bin/soffice is a wrapper around soffice.bin: its own process group lets us end both.
        start_new_session=True)
    try:
        context = connect(port, time.time() + 120)
        desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
        for job in jobs:
            command, source, target = job.split(':', 2)
            run_job(context, desktop, COMMANDS[command], source, target)
        try:
            desktop.terminate()
        except Exception:  # the bridge closes as soffice quits
            pass
        process.wait(timeout=30)
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:  # soffice and its wrapper have already quit
            pass
        process.wait()


if __name__ == '__main__':
    main()
