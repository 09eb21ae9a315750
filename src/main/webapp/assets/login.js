// Signs in through the session resource; the console's pages then run on the session cookie.
document.getElementById('login-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const error = document.getElementById('login-error');
    error.hidden = true;
    const body = JSON.stringify({
        username: document.getElementById('login-user').value,
        password: document.getElementById('login-password').value
    });
    const response = await fetch('api/v1/session', {
        method: 'POST', credentials: 'same-origin', headers: {'Content-Type': 'application/json'}, body
    });
    if (response.ok) {
        window.location.href = 'console/';
    } else {
        // the server's problem document says why: a wrong password, or too many of them (429, wait and retry)
        let detail = 'The user name or password is wrong.';
        try {
            const problem = await response.json();
            if (response.status === 429 && problem.detail) {
                detail = 'Too many wrong passwords: ' + problem.detail.replace(/^too many wrong passwords; /, '') + '.';
            }
        } catch (ignored) {
            // not a problem document: keep the plain message
        }
        error.textContent = detail;
        error.hidden = false;
    }
});
