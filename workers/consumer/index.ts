export default { async queue() {} };
