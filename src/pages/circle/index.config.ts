export default definePageConfig({
  navigationBarTitleText: '购物圈',
  // Without it WeChat never calls the page's onShareAppMessage (the 「问问 TA」 card).
  enableShareAppMessage: true,
});
