export default definePageConfig({
  navigationBarTitleText: '好友优惠券',
  // Without it WeChat never calls the page's onShareAppMessage (useShareAppMessage).
  enableShareAppMessage: true,
});
