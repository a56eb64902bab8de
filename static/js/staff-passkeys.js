// After django-otp-webauthn enrols a passkey (its event comes from the button), go on
// to the page the button names: the recovery codes. A file: the CSP allows no inline
// script.
document.addEventListener("otp_webauthn.register_complete", (event) => {
  window.location.assign(event.target.dataset.next);
});
