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
        error.textContent = 'The user name or password is wrong.';
        error.hidden = false;
    }
});
