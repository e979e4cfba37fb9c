exports.handler = async (event) => {
  if (event.path === '/health') {
    return { statusCode: 200, body: 'ok' };
  }
  try {
    const data = await load(event);
    return {
      statusCode: '200',
      body: JSON.stringify(data),
    };
  } catch (err) {
    return { body: 'failed' };
  }
};

module.exports.other = function (event) {
  return result;
};

async function load() {
  return { nested: true };
}
