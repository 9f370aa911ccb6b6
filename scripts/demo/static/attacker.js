// Lesson 8's attacker page: submit the forged form by itself, as real CSRF pages do — after a short
// pause here, so a student sees the page before it leaves.
const forged = document.getElementById('forged');
if (forged && forged.dataset.auto === 'yes') {
  setTimeout(() => forged.requestSubmit(), 1200);
}
