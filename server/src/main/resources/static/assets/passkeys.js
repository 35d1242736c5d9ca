// Rampart's only script: the WebAuthn calls the pages need. No framework, no build step.
"use strict";

(function () {
  function show(message) {
    var box = document.getElementById("passkey-error");
    if (box) {
      box.textContent = message;
      box.hidden = false;
    }
  }

  async function post(path, body) {
    var response = await fetch(path, {
      method: "POST",
      credentials: "same-origin",
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    var text = await response.text();
    var json = text ? JSON.parse(text) : {};
    if (!response.ok) {
      throw new Error(json.detail || json.title || "The request failed.");
    }
    return json;
  }

  async function getAssertion(options) {
    var credential = await navigator.credentials.get({
      publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options)
    });
    return credential.toJSON();
  }

  async function signIn() {
    var challenge = await post("/api/v1/sessions/passkey/challenges");
    var credential = await getAssertion(challenge.passkey);
    await post("/api/v1/sessions/passkey/challenges/" + challenge.challengeId, {
      credential: credential
    });
    window.location.assign("/account/security");
  }

  async function secondFactor(button) {
    var credential = await getAssertion(JSON.parse(button.dataset.options));
    await post("/api/v1/sessions/challenges/" + button.dataset.passkeyChallenge, {
      method: "passkey",
      credential: credential
    });
    window.location.assign("/account/security");
  }

  async function stepUp(button) {
    var credential = await getAssertion(JSON.parse(button.dataset.options));
    var elevated = await post("/api/v1/step-up/" + button.dataset.passkeyStepUp, {
      method: "passkey",
      credential: credential
    });
    window.location.assign("/account/security?confirmed=" + encodeURIComponent(elevated.action));
  }

  async function register() {
    var options;
    var response = await fetch("/api/v1/account/mfa/passkeys/options", {
      method: "POST",
      credentials: "same-origin"
    });
    var problem = await response.json();
    if (response.status === 401 && problem.code === "AUTH_STEP_UP_REQUIRED") {
      window.location.assign(
        "/account/security/step-up?action=add-factor&challenge=" +
          encodeURIComponent(problem.challenge.challengeId)
      );
      return;
    }
    if (!response.ok) {
      throw new Error(problem.detail || "The passkey could not be started.");
    }
    options = problem;
    var credential = await navigator.credentials.create({
      publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options.publicKey)
    });
    var name = document.getElementById("passkey-name");
    var added = await post("/api/v1/account/mfa/passkeys", {
      challengeId: options.challengeId,
      name: name ? name.value : "",
      credential: credential.toJSON()
    });
    if (added.recoveryCodes && added.recoveryCodes.length) {
      sessionStorage.setItem("rampart-recovery-codes", JSON.stringify(added.recoveryCodes));
      window.location.assign("/account/security/recovery-codes/new");
      return;
    }
    window.location.assign("/account/security?added=passkey");
  }

  function wire(selector, action) {
    document.querySelectorAll(selector).forEach(function (button) {
      button.addEventListener("click", function () {
        if (!window.PublicKeyCredential) {
          show("This browser does not support passkeys.");
          return;
        }
        button.disabled = true;
        action(button).catch(function (error) {
          show(error.message || "The passkey did not work.");
          button.disabled = false;
        });
      });
    });
  }

  function showSavedCodes() {
    var list = document.getElementById("new-recovery-codes");
    var saved = sessionStorage.getItem("rampart-recovery-codes");
    if (!list || !saved) {
      return;
    }
    sessionStorage.removeItem("rampart-recovery-codes");
    JSON.parse(saved).forEach(function (code) {
      var item = document.createElement("li");
      var text = document.createElement("code");
      text.textContent = code;
      item.appendChild(text);
      list.appendChild(item);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    wire("[data-passkey-sign-in]", signIn);
    wire("[data-passkey-challenge]", secondFactor);
    wire("[data-passkey-step-up]", stepUp);
    wire("[data-passkey-register]", register);
    showSavedCodes();
  });
})();
