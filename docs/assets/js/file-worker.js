/* Search in the offline copy. A page opened from a file (file://) may not start a Web Worker, and
 * Material's search runs in one: here the worker's script runs in a hidden frame of the page instead,
 * exchanging the same messages. Loaded only by the offline copy (each of its pages gets it in its head:
 * macros/outputs/offline.py), before Material's bundle.
 * Material's worker looks for `IFrameWorker` in its parent to find its language files, and awaits
 * `importScripts`, which therefore returns a promise here. */
(function () {
  "use strict";
  if (location.protocol !== "file:" || window.IFrameWorker) return;

  class FrameWorker extends EventTarget {
    constructor(url) {
      super();
      this.url = String(url);
      this.frame = document.createElement("iframe");
      this.frame.hidden = true;
      this.frame.title = "Recherche";
      document.body.appendChild(this.frame);
      const inner = this.frame.contentWindow;
      inner.postMessage = (data) => this.receive(data);
      inner.importScripts = (...urls) => urls.reduce((done, src) => done.then(() => new Promise((resolve, reject) => {
        const script = inner.document.createElement("script");
        script.src = src;
        script.onload = resolve;
        script.onerror = reject;
        inner.document.body.appendChild(script);
      })), Promise.resolve());
      this.ready = new Promise((resolve, reject) => {
        const script = inner.document.createElement("script");
        script.src = this.url;
        script.onload = resolve;
        script.onerror = reject;
        inner.document.body.appendChild(script);
      });
      this.ready.catch((error) => this.dispatchEvent(new ErrorEvent("error", { error, filename: this.url })));
    }

    receive(data) {
      const event = new MessageEvent("message", { data });
      this.dispatchEvent(event);
      if (typeof this.onmessage === "function") this.onmessage(event);
    }

    postMessage(data) {
      this.ready.then(() => {
        this.frame.contentWindow.dispatchEvent(new MessageEvent("message", { data: structuredClone(data) }));
      });
    }

    terminate() {
      this.frame.remove();
    }
  }

  window.IFrameWorker = FrameWorker;
  window.Worker = FrameWorker;
})();
